package mx.gob.imss.siade.web.gestion;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import mx.gob.imss.siade.catalogos.CatalogoService;
import mx.gob.imss.siade.catalogos.Ooad;
import mx.gob.imss.siade.catalogos.Umae;
import mx.gob.imss.siade.gestion.CasoEntrante;
import mx.gob.imss.siade.gestion.CasoRechazadoException;
import mx.gob.imss.siade.gestion.IngresoInstanciaService;
import mx.gob.imss.siade.personas.TipoPersonaUsuaria;
import mx.gob.imss.siade.peticion.MedioCaptacion;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.web.infra.Mensajes;

/**
 * A case Gestión receives by hand (act. 21–23): from Atención Telefónica (Formato de gestión, Anexo 14) or
 * from another instancia by phone or email (Formato de petición, Anexo 16).
 */
@Named
@ViewScoped
public class IngresoGestionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private IngresoInstanciaService ingreso;

    @Inject
    private CatalogoService catalogos;

    private List<Ooad> ooads;
    private List<Umae> umaes;
    private boolean deInstancia = true;
    private String instancia;
    private String correoInstancia;
    private MedioCaptacion medio = MedioCaptacion.TELEFONO;
    private TipoPersonaUsuaria tipoPersona = TipoPersonaUsuaria.DERECHOHABIENTE;
    private String nombre;
    private String nss;
    private String curp;
    private String telefono;
    private String correo;
    private String domicilio;
    private Long ooadId;
    private Long umaeId;
    private String asunto;
    private String resumen;
    private String folioRegistrado;

    @PostConstruct
    void iniciar() {
        ooads = catalogos.ooads();
        umaes = catalogos.umaes();
    }

    public void registrar() {
        try {
            CasoEntrante caso = new CasoEntrante(tipoPersona.name(), nombre, nss, curp, telefono, correo, domicilio,
                    asunto, resumen, ooadId, umaeId, null);
            Peticion p = deInstancia ? ingreso.registrar(caso, medio, instancia, correoInstancia)
                    : ingreso.registrarDeAtencionTelefonica(caso);
            folioRegistrado = p.getFolio();
            Mensajes.info("ingreso.registrada", folioRegistrado);
        } catch (CasoRechazadoException e) {
            FacesContext contexto = FacesContext.getCurrentInstance();
            for (CasoRechazadoException.Error error : e.errores()) {
                String campo = Mensajes.texto("ingreso.campo." + error.campo());
                contexto.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, campo + ": " + error.mensaje(), null));
            }
            contexto.validationFailed();
        }
    }

    /** The format to print after registering: 16 for an instancia's case, 14 for the phone area's. */
    public int getAnexo() {
        return deInstancia ? 16 : 14;
    }

    public boolean isDeInstancia() {
        return deInstancia;
    }

    public void setDeInstancia(boolean deInstancia) {
        this.deInstancia = deInstancia;
    }

    public MedioCaptacion[] getMedios() {
        return new MedioCaptacion[] {MedioCaptacion.TELEFONO, MedioCaptacion.CORREO_ELECTRONICO};
    }

    public TipoPersonaUsuaria[] getTiposPersona() {
        return TipoPersonaUsuaria.values();
    }

    public List<Ooad> getOoads() {
        return ooads;
    }

    public List<Umae> getUmaes() {
        return umaes;
    }

    public String getFolioRegistrado() {
        return folioRegistrado;
    }

    public String getInstancia() {
        return instancia;
    }

    public void setInstancia(String instancia) {
        this.instancia = instancia;
    }

    public String getCorreoInstancia() {
        return correoInstancia;
    }

    public void setCorreoInstancia(String correoInstancia) {
        this.correoInstancia = correoInstancia;
    }

    public MedioCaptacion getMedio() {
        return medio;
    }

    public void setMedio(MedioCaptacion medio) {
        this.medio = medio;
    }

    public TipoPersonaUsuaria getTipoPersona() {
        return tipoPersona;
    }

    public void setTipoPersona(TipoPersonaUsuaria tipoPersona) {
        this.tipoPersona = tipoPersona;
    }

    public String getNombre() {
        return nombre;
    }

    public void setNombre(String nombre) {
        this.nombre = nombre;
    }

    public String getNss() {
        return nss;
    }

    public void setNss(String nss) {
        this.nss = nss;
    }

    public String getCurp() {
        return curp;
    }

    public void setCurp(String curp) {
        this.curp = curp;
    }

    public String getTelefono() {
        return telefono;
    }

    public void setTelefono(String telefono) {
        this.telefono = telefono;
    }

    public String getCorreo() {
        return correo;
    }

    public void setCorreo(String correo) {
        this.correo = correo;
    }

    public String getDomicilio() {
        return domicilio;
    }

    public void setDomicilio(String domicilio) {
        this.domicilio = domicilio;
    }

    public Long getOoadId() {
        return ooadId;
    }

    public void setOoadId(Long ooadId) {
        this.ooadId = ooadId;
    }

    public Long getUmaeId() {
        return umaeId;
    }

    public void setUmaeId(Long umaeId) {
        this.umaeId = umaeId;
    }

    public String getAsunto() {
        return asunto;
    }

    public void setAsunto(String asunto) {
        this.asunto = asunto;
    }

    public String getResumen() {
        return resumen;
    }

    public void setResumen(String resumen) {
        this.resumen = resumen;
    }
}
