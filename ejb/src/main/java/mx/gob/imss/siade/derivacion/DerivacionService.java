package mx.gob.imss.siade.derivacion;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import mx.gob.imss.siade.bitacora.BitacoraRepository;
import mx.gob.imss.siade.bitacora.EventoBitacora;
import mx.gob.imss.siade.bitacora.TipoEventoBitacora;
import mx.gob.imss.siade.catalogos.CatalogoRepository;
import mx.gob.imss.siade.catalogos.Instancia;
import mx.gob.imss.siade.catalogos.TipoInstancia;
import mx.gob.imss.siade.documentos.ContenidoArchivo;
import mx.gob.imss.siade.documentos.Digitalizacion;
import mx.gob.imss.siade.documentos.Documento;
import mx.gob.imss.siade.infra.Textos;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.notificaciones.BandejaSalida;
import mx.gob.imss.siade.oficios.RedaccionOficio;
import mx.gob.imss.siade.oficios.TipoOficio;
import mx.gob.imss.siade.peticion.EstadoPeticion;
import mx.gob.imss.siade.peticion.EventosPeticion;
import mx.gob.imss.siade.peticion.MotivoConclusion;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.peticion.PeticionRepository;
import mx.gob.imss.siade.peticion.TransicionPeticion;
import mx.gob.imss.siade.plazos.CalendarioRepository;
import mx.gob.imss.siade.seguridad.Actor;
import mx.gob.imss.siade.seguridad.Roles;
import mx.gob.imss.siade.seguridad.PoliticaAcceso;
import mx.gob.imss.siade.seguridad.AccionCaso;

/**
 * Routing (derivar / turnar) and its follow-up (act. 81-86, 117-123). Each method is one
 * transaction that changes the petición, the derivación, the bitácora and, where the procedure
 * says so, writes the notification email into the outbox; all or nothing. The version the user saw
 * is checked, so of two supervisors routing the same petición at once only one succeeds.
 */
@Stateless
public class DerivacionService {

    @Resource
    private SessionContext contexto;

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Inject
    private PoliticaAcceso politica;

    @Inject
    private PeticionRepository peticiones;

    @Inject
    private DerivacionRepository derivaciones;

    @Inject
    private CatalogoRepository catalogos;

    @Inject
    private CalendarioRepository calendario;

    @Inject
    private BitacoraRepository bitacora;

    @Inject
    private BandejaSalida bandejaSalida;

    @Inject
    private Digitalizacion digitalizacion;

    @Inject
    private RedaccionOficio redaccion;

    @Inject
    private Clock reloj;

    /**
     * Routes the petición to {@code instanciaId} with the electronic notification (Anexo 41 to a
     * CDAOD/JDAOD or área, 42 to an Órgano normativo). OIC and SNTSS are notified (Anexos 43, 45),
     * the Oficio de notificación to the persona usuaria is drafted (Anexo 44) and the petición is
     * concluded there: they are not followed up (act. 123).
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.JEFE_AREA})
    public Derivacion derivar(String folio, long instanciaId, String motivo, long versionVista) {
        Actor actor = Actor.de(contexto);
        OffsetDateTime ahora = OffsetDateTime.now(reloj);
        Peticion peticion = peticiones.paraCambiar(folio, versionVista);
        politica.exigir(actor, peticion, AccionCaso.DERIVAR);
        Instancia instancia = catalogos.porId(Instancia.class, instanciaId)
                .filter(Instancia::isActivo)
                .orElseThrow(() -> DerivacionRechazadaException.instanciaDesconocida(instanciaId));
        if (instancia.getCorreo() == null || instancia.getCorreo().isBlank()) {
            throw DerivacionRechazadaException.sinCorreo(instancia.getNombre());
        }
        EstadoPeticion anterior = peticion.aplicar(TransicionPeticion.DERIVAR, actor.roles());
        LocalDate limite = instancia.isConSeguimiento() && peticion.getTipo() != null
                ? calendario.fechaLimite(peticion.getTipo(), ahora.atZoneSameInstant(Tiempo.ZONA_MEXICO).toLocalDate())
                : null;
        peticion.fijarFechaLimite(limite);
        int numero = derivaciones.dePeticion(peticion).size() + 1;
        Derivacion derivacion = derivaciones.guardar(new Derivacion(peticion, numero, instancia, actor.nombreUsuario(),
                ahora, limpio(motivo), limite));
        bitacora.registrar(new EventoBitacora(peticion, ahora, actor.nombreUsuario(), TipoEventoBitacora.DERIVACION,
                Textos.de("bitacora.derivacion", instancia.getNombre(), numero, limite == null ? "—" : Textos.fecha(limite)),
                anterior, peticion.getEstado()));
        notificar(peticion, derivacion, null, actor, ahora);
        if (!instancia.isConSeguimiento()) {
            redaccion.redactar(peticion, TipoOficio.NOTIFICACION, null, Map.of("instancia", instancia.getNombre()),
                    actor, ahora);
            EstadoPeticion derivada = peticion.concluir(TransicionPeticion.CONCLUIR,
                    MotivoConclusion.NOTIFICADA_SIN_SEGUIMIENTO, ahora, actor.roles());
            bitacora.registrar(EventosPeticion.conclusion(peticion, derivada,
                    Textos.de("bitacora.sinSeguimiento", instancia.getNombre()), actor, ahora));
        }
        peticiones.sincronizar();
        return derivacion;
    }

    /** The instancia's answer arrives: its text and, usually, the scan of its signed oficio (act. 119). */
    @RolesAllowed({Roles.CORRESPONDENCIA, Roles.CONSULTOR, Roles.SUPERVISOR, Roles.JEFE_AREA})
    public Derivacion registrarRespuesta(String folio, String respuesta, ContenidoArchivo oficio, long versionVista) {
        Actor actor = Actor.de(contexto);
        OffsetDateTime ahora = OffsetDateTime.now(reloj);
        Peticion peticion = peticiones.paraCambiar(folio, versionVista);
        politica.exigir(actor, peticion, AccionCaso.REGISTRAR_RESPUESTA);
        if (respuesta == null || respuesta.isBlank()) {
            throw DerivacionRechazadaException.respuestaVacia(peticion.getFolio());
        }
        Derivacion derivacion = ultimaEn(peticion, EstadoDerivacion.PENDIENTE);
        EstadoPeticion anterior = peticion.aplicar(TransicionPeticion.REGISTRAR_RESPUESTA, actor.roles());
        Documento documento = oficio == null ? null : em.find(Documento.class,
                digitalizacion.adjuntar(peticion, oficio, "OFICIO_RESPUESTA", "Respuesta de " + derivacion.getInstancia()
                        .getNombre(), actor, ahora));
        derivacion.registrarRespuesta(respuesta.trim(), documento, ahora);
        bitacora.registrar(new EventoBitacora(peticion, ahora, actor.nombreUsuario(), TipoEventoBitacora.RESPUESTA,
                Textos.de("bitacora.respuesta", derivacion.getInstancia().getNombre(), respuesta.trim()), anterior,
                peticion.getEstado()));
        peticiones.sincronizar();
        return derivacion;
    }

    /** A conclusive answer: visto bueno and conclusion (act. 84-85, 122). */
    @RolesAllowed({Roles.SUPERVISOR, Roles.JEFE_AREA})
    public Peticion aceptarRespuesta(String folio, String notaVistoBueno, long versionVista) {
        Actor actor = Actor.de(contexto);
        OffsetDateTime ahora = OffsetDateTime.now(reloj);
        Peticion peticion = peticiones.paraCambiar(folio, versionVista);
        politica.exigir(actor, peticion, AccionCaso.ACEPTAR_RESPUESTA);
        Derivacion derivacion = ultimaEn(peticion, EstadoDerivacion.RESPONDIDA);
        EstadoPeticion anterior = peticion.concluir(TransicionPeticion.CONCLUIR, MotivoConclusion.ATENDIDA, ahora,
                actor.roles());
        derivacion.aceptar();
        bitacora.registrar(EventosPeticion.conclusion(peticion, anterior,
                Textos.de("bitacora.vistoBueno", notaVistoBueno == null ? "" : notaVistoBueno.trim()), actor, ahora));
        peticiones.sincronizar();
        return peticion;
    }

    /**
     * A non-conclusive answer goes back to the same instancia with the reason, as a new turn with
     * a new deadline; the loop can repeat as often as needed and is counted (5.26, act. 86, 121).
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.JEFE_AREA})
    public Derivacion rechazarRespuesta(String folio, String motivoRechazo, long versionVista) {
        Actor actor = Actor.de(contexto);
        OffsetDateTime ahora = OffsetDateTime.now(reloj);
        Peticion peticion = peticiones.paraCambiar(folio, versionVista);
        politica.exigir(actor, peticion, AccionCaso.RECHAZAR_RESPUESTA);
        if (motivoRechazo == null || motivoRechazo.isBlank()) {
            throw DerivacionRechazadaException.motivoRechazoVacio(peticion.getFolio());
        }
        Derivacion rechazada = ultimaEn(peticion, EstadoDerivacion.RESPONDIDA);
        EstadoPeticion anterior = peticion.aplicar(TransicionPeticion.RECHAZAR_RESPUESTA, actor.roles());
        rechazada.rechazar(motivoRechazo.trim());
        LocalDate limite = calendario.fechaLimite(peticion.getTipo(),
                ahora.atZoneSameInstant(Tiempo.ZONA_MEXICO).toLocalDate());
        peticion.fijarFechaLimite(limite);
        Derivacion nueva = derivaciones.guardar(new Derivacion(peticion, rechazada.getNumero() + 1,
                rechazada.getInstancia(), actor.nombreUsuario(), ahora, rechazada.getMotivo(), limite));
        bitacora.registrar(new EventoBitacora(peticion, ahora, actor.nombreUsuario(),
                TipoEventoBitacora.RESPUESTA_RECHAZADA, Textos.de("bitacora.rechazo", rechazada.getInstancia().getNombre(),
                        motivoRechazo.trim(), nueva.getNumero(), Textos.fecha(limite)), anterior, peticion.getEstado()));
        notificar(peticion, nueva, motivoRechazo.trim(), actor, ahora);
        peticiones.sincronizar();
        return nueva;
    }

    private void notificar(Peticion peticion, Derivacion derivacion, String notaRechazo, Actor actor,
                           OffsetDateTime ahora) {
        Instancia instancia = derivacion.getInstancia();
        Map<String, Object> datos = new HashMap<>();
        datos.put("folio", peticion.getFolio());
        datos.put("tipo", Textos.etiqueta(peticion.getTipo()));
        datos.put("asunto", peticion.getAsunto());
        datos.put("resumen", peticion.getResumen());
        datos.put("instancia", instancia.getNombre());
        datos.put("numero", derivacion.getNumero());
        datos.put("motivo", derivacion.getMotivo());
        datos.put("notaRechazo", notaRechazo);
        datos.put("fechaLimite", derivacion.getFechaLimite() == null ? "" : Textos.fecha(derivacion.getFechaLimite()));
        datos.put("ubicacion", peticion.getOoad() != null ? peticion.getOoad().getNombre()
                : peticion.getUmae() != null ? peticion.getUmae().getNombre() : "");
        bandejaSalida.encolar(peticion, plantilla(instancia.getTipo()), instancia.getCorreo(), datos, actor, ahora);
        bitacora.registrar(new EventoBitacora(peticion, ahora, actor.nombreUsuario(), TipoEventoBitacora.CORREO,
                Textos.de("bitacora.correo", instancia.getCorreo(), plantilla(instancia.getTipo()).replace('_', ' ')),
                null, null));
    }

    private static String plantilla(TipoInstancia tipo) {
        return switch (tipo) {
            case ORGANO_NORMATIVO -> "ANEXO_42";
            case OIC -> "ANEXO_43";
            case SNTSS -> "ANEXO_45";
            case CDAOD, JDAOD, AREA_DAC -> "ANEXO_41";
        };
    }

    /** The latest routing, which must be in {@code estado} for the step asked. */
    private Derivacion ultimaEn(Peticion peticion, EstadoDerivacion estado) {
        return derivaciones.ultima(peticion).filter(d -> d.getEstado() == estado)
                .orElseThrow(() -> DerivacionRechazadaException.sinDerivacionPendiente(peticion.getFolio()));
    }

    private static String limpio(String texto) {
        return texto == null || texto.isBlank() ? null : texto.trim();
    }
}
