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
import mx.gob.imss.siade.datoscomplementarios.CanalSolicitud;
import mx.gob.imss.siade.datoscomplementarios.DatosComplementariosService;
import mx.gob.imss.siade.derivacion.DerivacionService;
import mx.gob.imss.siade.documentos.DocumentoService;
import mx.gob.imss.siade.oficios.Oficio;
import mx.gob.imss.siade.oficios.OficioService;
import mx.gob.imss.siade.oficios.TipoOficio;
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

    @EJB
    private DatosComplementariosService datosComplementarios;

    @EJB
    private OficioService oficios;

    private CanalSolicitud canalSolicitud = CanalSolicitud.OFICIO_POSTAL;
    private String datosSolicitados;
    private String telefonoRecibido;
    private String correoRecibido;
    private String domicilioRecibido;
    private String respuestaDatos;
    private TipoOficio tipoOficio = TipoOficio.NOTIFICACION;
    private String destinatarioOficio;
    private String areaResponsable;
    private String normativa;
    private String tramite;
    private String subtramite;
    private String observaciones;
    private String notaSeguimiento;

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
        areaResponsable = expediente.peticion().getAreaResponsable();
        normativa = expediente.peticion().getNormativa();
        tramite = expediente.peticion().getTramite();
        subtramite = expediente.peticion().getSubtramite();
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
        oficioRespuesta = ArchivoTemporal.recibir(evento.getFile().getFileName(), evento.getFile().getInputStream(),
                documentos);
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

    public void solicitarDatos() {
        datosComplementarios.solicitar(folio, canalSolicitud, datosSolicitados, expediente.peticion().getVersion());
        Mensajes.info("expediente.datosSolicitados", folio);
        datosSolicitados = null;
        cargar();
    }

    public void recibirDatos() {
        datosComplementarios.recibirDatos(folio, telefonoRecibido, correoRecibido, domicilioRecibido, respuestaDatos,
                expediente.peticion().getVersion());
        Mensajes.info("expediente.datosRecibidos", folio);
        telefonoRecibido = null;
        correoRecibido = null;
        domicilioRecibido = null;
        respuestaDatos = null;
        cargar();
    }

    public void redactarOficio() {
        Oficio oficio = oficios.redactar(folio, tipoOficio, destinatarioOficio);
        Mensajes.info("expediente.oficioRedactado", oficio.getFolioOficio());
        destinatarioOficio = null;
        cargar();
    }

    public void marcarOficioEnviado(Long idOficio) {
        Oficio oficio = oficios.marcarEnviado(idOficio);
        Mensajes.info("expediente.oficioEnviado", oficio.getFolioOficio());
        cargar();
    }

    public void anotar() {
        peticiones.anotar(folio, notaSeguimiento);
        Mensajes.info("expediente.notaRegistrada", folio);
        notaSeguimiento = null;
        cargar();
    }

    /** Staff who work the case add follow-up notes while it is pending. */
    public boolean isPuedeAnotar() {
        return expediente != null && expediente.peticion().getEstado().esPendiente() && !disponibles.isEmpty();
    }

    public String getNotaSeguimiento() {
        return notaSeguimiento;
    }

    public void setNotaSeguimiento(String notaSeguimiento) {
        this.notaSeguimiento = notaSeguimiento;
    }

    public void revisar() {
        peticiones.revisar(folio, areaResponsable, normativa, tramite, subtramite, observaciones,
                expediente.peticion().getVersion());
        Mensajes.info("expediente.revisada", folio);
        observaciones = null;
        cargar();
    }

    public CanalSolicitud[] getCanales() {
        return CanalSolicitud.values();
    }

    public List<TipoOficio> getTiposOficio() {
        return List.of(TipoOficio.CONCLUSION, TipoOficio.SOLICITUD_DATOS, TipoOficio.NOTIFICACION);
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
        return expediente != null && !disponibles.isEmpty();
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

    public CanalSolicitud getCanalSolicitud() {
        return canalSolicitud;
    }

    public void setCanalSolicitud(CanalSolicitud canalSolicitud) {
        this.canalSolicitud = canalSolicitud;
    }

    public String getDatosSolicitados() {
        return datosSolicitados;
    }

    public void setDatosSolicitados(String datosSolicitados) {
        this.datosSolicitados = datosSolicitados;
    }

    public String getTelefonoRecibido() {
        return telefonoRecibido;
    }

    public void setTelefonoRecibido(String telefonoRecibido) {
        this.telefonoRecibido = telefonoRecibido;
    }

    public String getCorreoRecibido() {
        return correoRecibido;
    }

    public void setCorreoRecibido(String correoRecibido) {
        this.correoRecibido = correoRecibido;
    }

    public String getDomicilioRecibido() {
        return domicilioRecibido;
    }

    public void setDomicilioRecibido(String domicilioRecibido) {
        this.domicilioRecibido = domicilioRecibido;
    }

    public String getRespuestaDatos() {
        return respuestaDatos;
    }

    public void setRespuestaDatos(String respuestaDatos) {
        this.respuestaDatos = respuestaDatos;
    }

    public TipoOficio getTipoOficio() {
        return tipoOficio;
    }

    public void setTipoOficio(TipoOficio tipoOficio) {
        this.tipoOficio = tipoOficio;
    }

    public String getDestinatarioOficio() {
        return destinatarioOficio;
    }

    public void setDestinatarioOficio(String destinatarioOficio) {
        this.destinatarioOficio = destinatarioOficio;
    }

    public String getAreaResponsable() {
        return areaResponsable;
    }

    public void setAreaResponsable(String areaResponsable) {
        this.areaResponsable = areaResponsable;
    }

    public String getNormativa() {
        return normativa;
    }

    public void setNormativa(String normativa) {
        this.normativa = normativa;
    }

    public String getTramite() {
        return tramite;
    }

    public void setTramite(String tramite) {
        this.tramite = tramite;
    }

    public String getSubtramite() {
        return subtramite;
    }

    public void setSubtramite(String subtramite) {
        this.subtramite = subtramite;
    }

    public String getObservaciones() {
        return observaciones;
    }

    public void setObservaciones(String observaciones) {
        this.observaciones = observaciones;
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
