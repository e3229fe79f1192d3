package mx.gob.imss.siade.web.correspondencia;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import mx.gob.imss.siade.catalogos.CatalogoService;
import mx.gob.imss.siade.catalogos.Ooad;
import mx.gob.imss.siade.catalogos.Umae;
import mx.gob.imss.siade.correspondencia.Antecedente;
import mx.gob.imss.siade.correspondencia.Recepcion;
import mx.gob.imss.siade.correspondencia.RecepcionService;
import mx.gob.imss.siade.correspondencia.RegistroRecepcion;
import mx.gob.imss.siade.documentos.DocumentoService;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.personas.Curp;
import mx.gob.imss.siade.personas.DatosPersonales;
import mx.gob.imss.siade.personas.Nss;
import mx.gob.imss.siade.personas.TipoPersonaUsuaria;
import mx.gob.imss.siade.peticion.MedioCaptacion;
import mx.gob.imss.siade.web.documentos.ArchivoTemporal;
import mx.gob.imss.siade.web.infra.Mensajes;
import org.primefaces.event.FileUploadEvent;

/**
 * Reception of a letter (Correspondencia): the sender's data, the digitised files, the search for
 * antecedents, and then one of: register a new folio, add to a pending folio, or ratify a
 * concluded one. Holds only view state; every rule runs in {@link RecepcionService}.
 */
@Named
@ViewScoped
public class RecepcionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RecepcionService recepcion;

    @Inject
    private DocumentoService documentos;

    @Inject
    private CatalogoService catalogos;

    private List<Ooad> ooads;
    private List<Umae> umaes;
    private long tamanoMaximoMb;

    private TipoPersonaUsuaria tipoRemitente = TipoPersonaUsuaria.DERECHOHABIENTE;
    private String remitente;
    private String nss;
    private String curp;
    private String telefono;
    private String correo;
    private String domicilio;
    private MedioCaptacion medio = MedioCaptacion.CORREO_POSTAL;
    private LocalDateTime fechaRecepcion = LocalDateTime.now(Tiempo.ZONA_MEXICO).withSecond(0).withNano(0);
    private String asunto;
    private String resumen;
    private Long ooadId;
    private Long umaeId;
    private String nota;

    private final List<ArchivoTemporal> archivos = new ArrayList<>();
    private List<Antecedente> antecedentes;
    private RegistroRecepcion registrada;
    private String folioArchivado;

    @PostConstruct
    void iniciar() {
        ooads = catalogos.ooads();
        umaes = catalogos.umaes();
        tamanoMaximoMb = documentos.tamanoMaximoMb();
    }

    /** Each uploaded file is spooled to disk and checked at once (type by content, size, repeated). */
    public void alSubir(FileUploadEvent evento) throws IOException {
        ArchivoTemporal recibido = ArchivoTemporal.recibir(evento.getFile().getFileName(), evento.getFile().getInputStream(),
                documentos);
        if (archivos.stream().anyMatch(a -> recibido.sha256().equals(a.sha256()))) {
            recibido.borrar();
            Mensajes.error("recepcion.archivoRepetido", recibido.nombre());
            return;
        }
        archivos.add(recibido);
    }

    /** The escrito is registered first; the user may pick which uploaded file it is. */
    public void usarComoEscrito(ArchivoTemporal archivo) {
        if (archivos.remove(archivo)) {
            archivos.add(0, archivo);
        }
    }

    public void quitar(ArchivoTemporal archivo) {
        archivos.remove(archivo);
        archivo.borrar();
    }

    public void buscarAntecedentes() {
        antecedentes = recepcion.buscarAntecedentes(nss, remitente);
        if (antecedentes.isEmpty()) {
            Mensajes.info("recepcion.sinAntecedentes");
        }
    }

    public void registrar() {
        registrada = recepcion.registrar(recepcionCapturada(), archivos);
        Mensajes.info("recepcion.registrada", registrada.folio());
        limpiarArchivos();
    }

    public void agregarAPendiente(String folio) {
        recepcion.agregarAPendiente(folio, nota, archivos);
        folioArchivado = folio;
        Mensajes.info("recepcion.agregada", folio);
        limpiarArchivos();
    }

    public void ratificar(String folio) {
        recepcion.ratificar(folio, nota, archivos);
        folioArchivado = folio;
        Mensajes.info("recepcion.ratificada", folio);
        limpiarArchivos();
    }

    private Recepcion recepcionCapturada() {
        DatosPersonales datos = new DatosPersonales(vacio(nss) ? null : Nss.de(nss), vacio(curp) ? null : Curp.de(curp),
                null, telefono, correo, domicilio);
        return new Recepcion(tipoRemitente, remitente, datos, medio,
                fechaRecepcion == null ? null : fechaRecepcion.atZone(Tiempo.ZONA_MEXICO).toOffsetDateTime(),
                asunto, resumen, ooadId, umaeId);
    }

    private static boolean vacio(String texto) {
        return texto == null || texto.isBlank();
    }

    private void limpiarArchivos() {
        archivos.forEach(ArchivoTemporal::borrar);
        archivos.clear();
        antecedentes = null;
    }

    @PreDestroy
    void alCerrar() {
        archivos.forEach(ArchivoTemporal::borrar);
    }

    public boolean isTerminada() {
        return registrada != null || folioArchivado != null;
    }

    public TipoPersonaUsuaria[] getTiposRemitente() {
        return TipoPersonaUsuaria.values();
    }

    public MedioCaptacion[] getMedios() {
        return MedioCaptacion.values();
    }

    public long getTamanoMaximoMb() {
        return tamanoMaximoMb;
    }

    public List<ArchivoTemporal> getArchivos() {
        return archivos;
    }

    public List<Antecedente> getAntecedentes() {
        return antecedentes;
    }

    public RegistroRecepcion getRegistrada() {
        return registrada;
    }

    public String getFolioArchivado() {
        return folioArchivado;
    }

    public List<Ooad> getOoads() {
        return ooads;
    }

    public List<Umae> getUmaes() {
        return umaes;
    }

    public TipoPersonaUsuaria getTipoRemitente() {
        return tipoRemitente;
    }

    public void setTipoRemitente(TipoPersonaUsuaria tipoRemitente) {
        this.tipoRemitente = tipoRemitente;
    }

    public String getRemitente() {
        return remitente;
    }

    public void setRemitente(String remitente) {
        this.remitente = remitente;
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

    public MedioCaptacion getMedio() {
        return medio;
    }

    public void setMedio(MedioCaptacion medio) {
        this.medio = medio;
    }

    public LocalDateTime getFechaRecepcion() {
        return fechaRecepcion;
    }

    public void setFechaRecepcion(LocalDateTime fechaRecepcion) {
        this.fechaRecepcion = fechaRecepcion;
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

    public String getNota() {
        return nota;
    }

    public void setNota(String nota) {
        this.nota = nota;
    }
}
