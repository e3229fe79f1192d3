package mx.gob.imss.siade.datoscomplementarios;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import mx.gob.imss.siade.bitacora.BitacoraRepository;
import mx.gob.imss.siade.bitacora.EventoBitacora;
import mx.gob.imss.siade.bitacora.TipoEventoBitacora;
import mx.gob.imss.siade.catalogos.CatalogoRepository;
import mx.gob.imss.siade.catalogos.TipoDocumento;
import mx.gob.imss.siade.documentos.Digitalizacion;
import mx.gob.imss.siade.documentos.DocumentoRepository;
import mx.gob.imss.siade.documentos.GeneradorPdf;
import mx.gob.imss.siade.infra.Plantillas;
import mx.gob.imss.siade.infra.Textos;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.notificaciones.BandejaSalida;
import mx.gob.imss.siade.oficios.RedaccionOficio;
import mx.gob.imss.siade.oficios.TipoOficio;
import mx.gob.imss.siade.personas.DatosPersonales;
import mx.gob.imss.siade.peticion.EstadoPeticion;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.peticion.PeticionRepository;
import mx.gob.imss.siade.peticion.TransicionPeticion;
import mx.gob.imss.siade.plazos.CalendarioRepository;
import mx.gob.imss.siade.seguridad.Actor;
import mx.gob.imss.siade.seguridad.CifradoDatosPersonales;
import mx.gob.imss.siade.seguridad.Roles;
import mx.gob.imss.siade.seguridad.PoliticaAcceso;
import mx.gob.imss.siade.seguridad.AccionCaso;

/**
 * Missing data (act. 110-115): the request by email (Anexo 38) or by oficio sent by post (Anexo
 * 39) with its deadline, and the data received (carátula, Anexo 40), after which the petición goes
 * back to the supervisor to be classified. Gestión asks by email with its own format (Anexo 21, act.
 * 26) or by phone, never by oficio. The expiry is {@link VencimientoSolicitudes}' job.
 */
@Stateless
@RolesAllowed({Roles.CORRESPONDENCIA, Roles.CONSULTOR, Roles.SUPERVISOR, Roles.JEFE_AREA})
public class DatosComplementariosService {

    private static final DateTimeFormatter FECHA_HORA = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Textos.ES_MX);

    @Resource
    private SessionContext contexto;

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Inject
    private mx.gob.imss.siade.peticion.EnlaceConsulta enlace;

    @Inject
    private PoliticaAcceso politica;

    @Inject
    private PeticionRepository peticiones;

    @Inject
    private CalendarioRepository calendario;

    @Inject
    private BandejaSalida bandejaSalida;

    @Inject
    private RedaccionOficio redaccion;

    @Inject
    private BitacoraRepository bitacora;

    @Inject
    private CifradoDatosPersonales cifrado;

    @Inject
    private Plantillas plantillas;

    @Inject
    private GeneradorPdf pdf;

    @Inject
    private DocumentoRepository documentos;

    @Inject
    private CatalogoRepository catalogos;

    @Inject
    private Clock reloj;

    public SolicitudDatos solicitar(String folio, CanalSolicitud canal, String datosSolicitados, long versionVista) {
        Actor actor = Actor.de(contexto);
        OffsetDateTime ahora = OffsetDateTime.now(reloj);
        Peticion peticion = peticiones.paraCambiar(folio, versionVista);
        politica.exigir(actor, peticion, AccionCaso.SOLICITAR_DATOS);
        if (datosSolicitados == null || datosSolicitados.isBlank()) {
            throw SolicitudRechazadaException.sinDatosSolicitados(peticion.getFolio());
        }
        DatosPersonales datos = peticion.getPersonaUsuaria().datosPersonales(cifrado);
        boolean gestion = peticion.getAreaDac().esGestion();
        if (gestion && canal == CanalSolicitud.OFICIO_POSTAL) {
            throw SolicitudRechazadaException.gestionSinOficio(peticion.getFolio());
        }
        if (canal == CanalSolicitud.CORREO_ELECTRONICO && datos.correo() == null) {
            throw SolicitudRechazadaException.sinCorreo(peticion.getFolio());
        }
        EstadoPeticion anterior = peticion.aplicar(TransicionPeticion.SOLICITAR_DATOS, actor.roles());
        OffsetDateTime limite = PlazoSolicitud.de(peticion.getAreaDac().getClave(), peticion.getFechaRecepcion(), ahora,
                calendario.calendario(ahora.atZoneSameInstant(Tiempo.ZONA_MEXICO).toLocalDate()));
        SolicitudDatos solicitud = new SolicitudDatos(peticion, canal, datosSolicitados.trim(), ahora, limite,
                actor.nombreUsuario());
        em.persist(solicitud);
        Map<String, Object> campos = new HashMap<>();
        campos.put("folio", peticion.getFolio());
        campos.put("asunto", peticion.getAsunto());
        campos.put("destinatario", peticion.getPersonaUsuaria().getNombre());
        campos.put("datosSolicitados", solicitud.getDatosSolicitados());
        campos.put("fechaLimite", Textos.fechaLarga(limite.atZoneSameInstant(Tiempo.ZONA_MEXICO).toLocalDate()));
        campos.putAll(enlace.campos(peticion));
        switch (canal) {
            case CORREO_ELECTRONICO -> bandejaSalida.encolar(peticion, gestion ? "ANEXO_21" : "ANEXO_38", datos.correo(),
                    campos, actor, ahora);
            case OFICIO_POSTAL -> redaccion.redactar(peticion, TipoOficio.SOLICITUD_DATOS, null, campos, actor, ahora);
            case TELEFONO -> { }
        }
        bitacora.registrar(new EventoBitacora(peticion, ahora, actor.nombreUsuario(), TipoEventoBitacora.SOLICITUD_DATOS,
                Textos.de("bitacora.solicitudDatos", solicitud.getDatosSolicitados(), canal,
                        limite.atZoneSameInstant(Tiempo.ZONA_MEXICO).format(FECHA_HORA)), anterior, peticion.getEstado()));
        peticiones.sincronizar();
        return solicitud;
    }

    /**
     * The data arrived: recorded on the persona usuaria (only what was given replaces what there
     * was), the request closed, the carátula filed, and the petición back to be classified.
     */
    public Peticion recibirDatos(String folio, String telefono, String correo, String domicilio, String respuesta,
                                 long versionVista) {
        Actor actor = Actor.de(contexto);
        OffsetDateTime ahora = OffsetDateTime.now(reloj);
        Peticion peticion = peticiones.paraCambiar(folio, versionVista);
        politica.exigir(actor, peticion, AccionCaso.RECIBIR_DATOS);
        SolicitudDatos solicitud = em.createNamedQuery("SolicitudDatos.findPendienteByPeticion", SolicitudDatos.class)
                .setParameter("peticion", peticion).getResultStream().findFirst()
                .orElseThrow(() -> SolicitudRechazadaException.sinSolicitudPendiente(peticion.getFolio()));
        EstadoPeticion anterior = peticion.aplicar(TransicionPeticion.RECIBIR_DATOS, actor.roles());
        DatosPersonales actuales = peticion.getPersonaUsuaria().datosPersonales(cifrado);
        DatosPersonales nuevos = new DatosPersonales(actuales.nss(), actuales.curp(), actuales.rfc(),
                dado(telefono, actuales.telefono()), dado(correo, actuales.correo()), dado(domicilio, actuales.domicilio()));
        peticion.getPersonaUsuaria().actualizarDatos(nuevos, cifrado);
        solicitud.atender(respuesta == null ? null : respuesta.trim(), ahora);
        archivarCaratula(peticion, solicitud, nuevos, actor, ahora);
        bitacora.registrar(new EventoBitacora(peticion, ahora, actor.nombreUsuario(), TipoEventoBitacora.DATOS_RECIBIDOS,
                Textos.de("bitacora.datosRecibidos"), anterior, peticion.getEstado()));
        peticiones.sincronizar();
        return peticion;
    }

    private void archivarCaratula(Peticion peticion, SolicitudDatos solicitud, DatosPersonales datos, Actor actor,
                                  OffsetDateTime ahora) {
        Map<String, Object> campos = new HashMap<>();
        campos.put("folio", peticion.getFolio());
        campos.put("nombre", peticion.getPersonaUsuaria().getNombre());
        campos.put("datosSolicitados", solicitud.getDatosSolicitados());
        campos.put("fechaSolicitud", solicitud.getFechaEnvio().atZoneSameInstant(Tiempo.ZONA_MEXICO).format(FECHA_HORA));
        campos.put("canal", Textos.etiqueta(solicitud.getCanal()));
        campos.put("fechaRecepcion", ahora.atZoneSameInstant(Tiempo.ZONA_MEXICO).format(FECHA_HORA));
        campos.put("telefono", datos.telefono() == null ? "" : datos.telefono());
        campos.put("correo", datos.correo() == null ? "" : datos.correo());
        campos.put("domicilio", datos.domicilio() == null ? "" : datos.domicilio());
        campos.put("respuesta", solicitud.getRespuesta() == null ? "" : solicitud.getRespuesta());
        campos.put("registro", actor.nombreUsuario());
        byte[] contenido = pdf.desdeXhtml(plantillas.procesar("datoscomplementarios/caratula.ftlh", campos));
        TipoDocumento tipo = catalogos.porClave(TipoDocumento.class, "CARATULA_DATOS").orElseThrow();
        String nombre = "caratula-datos-" + peticion.getFolio() + "-" + solicitud.getId() + ".pdf";
        documentos.insertar(peticion, tipo, nombre, "application/pdf", contenido.length, Digitalizacion.sha256(contenido),
                new ByteArrayInputStream(contenido), null, actor.nombreUsuario(), ahora);
    }

    private static String dado(String nuevo, String anterior) {
        return nuevo == null || nuevo.isBlank() ? anterior : nuevo.trim();
    }
}
