package mx.gob.imss.siade.web.consulta;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import mx.gob.imss.siade.catalogos.CatalogoService;
import mx.gob.imss.siade.catalogos.Instancia;
import mx.gob.imss.siade.consulta.Expediente;
import mx.gob.imss.siade.consulta.ExpedienteService;
import mx.gob.imss.siade.derivacion.DerivacionService;
import mx.gob.imss.siade.documentos.Digitalizacion;
import mx.gob.imss.siade.documentos.DocumentoService;
import mx.gob.imss.siade.peticion.MotivoConclusion;
import mx.gob.imss.siade.peticion.PeticionService;
import mx.gob.imss.siade.peticion.TipoPeticion;
import mx.gob.imss.siade.peticion.TransicionPeticion;
import mx.gob.imss.siade.web.documentos.ArchivoTemporal;
import mx.gob.imss.siade.web.infra.Mensajes;
import org.primefaces.event.FileUploadEvent;

/** The Expediente of one folio: header, personal data, documents, derivations, oficios and bitácora. */
@Named
@ViewScoped
public class ExpedienteView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ExpedienteService expedientes;

    @EJB
    private PeticionService peticiones;

    @EJB
    private DerivacionService derivaciones;

    @EJB
    private DocumentoService documentos;

    @EJB
    private CatalogoService catalogos;

    private List<Instancia> instancias;
    private Long instanciaId;
    private String motivoDerivacion;
    private String respuesta;
    private ArchivoTemporal oficioRespuesta;
    private String notaRevision;

    private String folio;
    private Expediente expediente;
    private Set<TransicionPeticion> disponibles = Set.of();
    private TipoPeticion tipoNuevo;
    private String notaConclusion;

    /** View action: loads the case named by the {@code folio} parameter, if there is one. */
    public void alAbrirVista() {
        if (folio != null && !folio.isBlank()) {
            cargar();
        }
    }

    /** The Abrir button: the folio typed in the search box. */
    public void abrir() {
        if (folio == null || folio.isBlank()) {
            expediente = null;
            Mensajes.error("expediente.error.sinFolio");
            return;
        }
        cargar();
    }

    private void cargar() {
        expediente = null;
        expediente = expedientes.abrir(folio);
        folio = expediente.peticion().getFolio();
        disponibles = peticiones.transicionesDisponibles(expediente.peticion().getEstado());
        tipoNuevo = expediente.peticion().getTipo();
    }

    public void clasificar() {
        peticiones.clasificar(folio, tipoNuevo, expediente.peticion().getVersion());
        Mensajes.info("expediente.clasificada", folio);
        cargar();
    }

    public void concluirOrientacion() {
        peticiones.concluir(folio, MotivoConclusion.ORIENTACION_BRINDADA, notaConclusion,
                expediente.peticion().getVersion());
        Mensajes.info("expediente.concluida", folio);
        notaConclusion = null;
        cargar();
    }

    public void derivar() {
        derivaciones.derivar(folio, instanciaId == null ? -1 : instanciaId, motivoDerivacion,
                expediente.peticion().getVersion());
        Mensajes.info("expediente.derivada", folio);
        motivoDerivacion = null;
        instanciaId = null;
        cargar();
    }

    /** The scan of the instancia's signed response oficio, checked as soon as it is uploaded. */
    public void alSubirOficio(FileUploadEvent evento) throws IOException {
        descartarOficio();
        ArchivoTemporal temporal = ArchivoTemporal.copiar(evento.getFile().getFileName(), evento.getFile().getInputStream());
        try {
            Digitalizacion.Huella huella = documentos.examinar(temporal);
            oficioRespuesta = temporal.conHuella(huella.tipoMedio(), huella.sha256());
        } catch (RuntimeException e) {
            temporal.borrar();
            throw e;
        }
    }

    public void registrarRespuesta() {
        derivaciones.registrarRespuesta(folio, respuesta, oficioRespuesta, expediente.peticion().getVersion());
        Mensajes.info("expediente.respuestaRegistrada", folio);
        respuesta = null;
        descartarOficio();
        cargar();
    }

    public void aceptarRespuesta() {
        derivaciones.aceptarRespuesta(folio, notaRevision, expediente.peticion().getVersion());
        Mensajes.info("expediente.concluida", folio);
        notaRevision = null;
        cargar();
    }

    public void rechazarRespuesta() {
        derivaciones.rechazarRespuesta(folio, notaRevision, expediente.peticion().getVersion());
        Mensajes.info("expediente.respuestaDevuelta", folio);
        notaRevision = null;
        cargar();
    }

    @PreDestroy
    void descartarOficio() {
        if (oficioRespuesta != null) {
            oficioRespuesta.borrar();
            oficioRespuesta = null;
        }
    }

    /** Instancias for routing, loaded once per view and only for those who may route. */
    public List<Instancia> getInstancias() {
        if (instancias == null) {
            instancias = catalogos.instancias();
        }
        return instancias;
    }

    public boolean isTieneAcciones() {
        return expediente != null && !disponibles.isEmpty()
                && (puede("CLASIFICAR") || puede("DERIVAR") || puede("REGISTRAR_RESPUESTA")
                || puede("RECHAZAR_RESPUESTA") || isPuedeConcluirOrientacion());
    }

    public boolean puede(String transicion) {
        return disponibles.contains(TransicionPeticion.valueOf(transicion));
    }

    public boolean isPuedeConcluirOrientacion() {
        return expediente != null && disponibles.contains(TransicionPeticion.CONCLUIR)
                && expediente.peticion().getTipo() == TipoPeticion.ORIENTACION;
    }

    public Long getInstanciaId() {
        return instanciaId;
    }

    public void setInstanciaId(Long instanciaId) {
        this.instanciaId = instanciaId;
    }

    public String getMotivoDerivacion() {
        return motivoDerivacion;
    }

    public void setMotivoDerivacion(String motivoDerivacion) {
        this.motivoDerivacion = motivoDerivacion;
    }

    public String getRespuesta() {
        return respuesta;
    }

    public void setRespuesta(String respuesta) {
        this.respuesta = respuesta;
    }

    public ArchivoTemporal getOficioRespuesta() {
        return oficioRespuesta;
    }

    public String getNotaRevision() {
        return notaRevision;
    }

    public void setNotaRevision(String notaRevision) {
        this.notaRevision = notaRevision;
    }

    public TipoPeticion[] getTipos() {
        return TipoPeticion.values();
    }

    public String getFolio() {
        return folio;
    }

    public void setFolio(String folio) {
        this.folio = folio;
    }

    public Expediente getExpediente() {
        return expediente;
    }

    public TipoPeticion getTipoNuevo() {
        return tipoNuevo;
    }

    public void setTipoNuevo(TipoPeticion tipoNuevo) {
        this.tipoNuevo = tipoNuevo;
    }

    public String getNotaConclusion() {
        return notaConclusion;
    }

    public void setNotaConclusion(String notaConclusion) {
        this.notaConclusion = notaConclusion;
    }
}
