package mx.gob.imss.siade.gestion;

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
import java.util.List;
import java.util.Map;
import mx.gob.imss.siade.bitacora.BitacoraRepository;
import mx.gob.imss.siade.bitacora.EventoBitacora;
import mx.gob.imss.siade.bitacora.TipoEventoBitacora;
import mx.gob.imss.siade.infra.LongitudTexto;
import mx.gob.imss.siade.infra.Textos;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.notificaciones.BandejaSalida;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.peticion.PeticionNoEncontradaException;
import mx.gob.imss.siade.peticion.PeticionRepository;
import mx.gob.imss.siade.peticion.Folio;
import mx.gob.imss.siade.plazos.CalendarioRepository;
import mx.gob.imss.siade.seguridad.AccionCaso;
import mx.gob.imss.siade.seguridad.Actor;
import mx.gob.imss.siade.seguridad.PoliticaAcceso;
import mx.gob.imss.siade.seguridad.Roles;

/**
 * Gestión's work with the responsible institutional área (act. 30–31): the first contact (level 1 of
 * the área's chain), each escalation to the next superior when no solution came, and the solution when
 * it comes. Each level's due date is counted in días hábiles from the day it starts; the petición keeps
 * the current level and date, so the Bandeja and its semáforo follow them. When the level has an email,
 * it is told by email through the outbox. Every step is one transaction with its bitácora entry.
 */
@Stateless
@RolesAllowed({Roles.CONSULTOR, Roles.SUPERVISOR, Roles.JEFE_AREA})
public class EscalamientoService {

    static final int NOTA_MAXIMA = 1000;

    @Resource
    private SessionContext contexto;

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Inject
    private PoliticaAcceso politica;

    @Inject
    private PeticionRepository peticiones;

    @Inject
    private CalendarioRepository calendario;

    @Inject
    private EscalamientosDelCaso delCaso;

    @Inject
    private BitacoraRepository bitacora;

    @Inject
    private BandejaSalida bandejaSalida;

    @Inject
    private Clock reloj;

    /** Act. 30: the case is put to the área's first level. */
    public Escalamiento contactar(String folio, long areaInstitucionalId, String nota, long versionVista) {
        Actor actor = Actor.de(contexto);
        Peticion peticion = peticiones.paraCambiar(folio, versionVista);
        politica.exigir(actor, peticion, AccionCaso.ESCALAR);
        exigirGestionPendiente(peticion);
        if (delCaso.abierto(peticion).isPresent()) {
            throw new GestionRechazadaException("error.escalamiento.yaAbierto", peticion.getFolio());
        }
        AreaInstitucional area = em.find(AreaInstitucional.class, areaInstitucionalId);
        if (area == null || !area.isActiva()) {
            throw new GestionRechazadaException("error.escalamiento.areaDesconocida");
        }
        NivelEscalamiento primero = area.nivel(1)
                .orElseThrow(() -> new GestionRechazadaException("error.escalamiento.sinCadena", area.getNombre()));
        return abrirNivel(peticion, area, primero, texto(nota), actor, "bitacora.contactoArea");
    }

    /** Act. 31: no solution from the current level, the case goes to its superior. */
    public Escalamiento escalar(String folio, String motivo, long versionVista) {
        Actor actor = Actor.de(contexto);
        Peticion peticion = peticiones.paraCambiar(folio, versionVista);
        politica.exigir(actor, peticion, AccionCaso.ESCALAR);
        exigirGestionPendiente(peticion);
        Escalamiento actual = delCaso.abierto(peticion)
                .orElseThrow(() -> new GestionRechazadaException("error.escalamiento.sinContacto", peticion.getFolio()));
        String razon = texto(motivo);
        if (razon == null) {
            throw new GestionRechazadaException("error.escalamiento.sinMotivo");
        }
        AreaInstitucional area = actual.getArea();
        NivelEscalamiento siguiente = area.nivel(actual.getNivel() + 1).orElseThrow(() ->
                new GestionRechazadaException("error.escalamiento.sinSuperior", area.getNombre(), actual.getNivel()));
        OffsetDateTime ahora = OffsetDateTime.now(reloj);
        actual.cerrar(Escalamiento.Cierre.ESCALADO, null, ahora);
        return abrirNivel(peticion, area, siguiente, razon, actor, "bitacora.escalamiento");
    }

    /** The área gave its solution: the open level is closed and the case is ready to be informed. */
    public void registrarSolucion(String folio, String solucion, long versionVista) {
        Actor actor = Actor.de(contexto);
        Peticion peticion = peticiones.paraCambiar(folio, versionVista);
        politica.exigir(actor, peticion, AccionCaso.ESCALAR);
        exigirGestionPendiente(peticion);
        String texto = texto(solucion);
        if (texto == null) {
            throw new GestionRechazadaException("error.escalamiento.sinSolucion");
        }
        Escalamiento actual = delCaso.abierto(peticion)
                .orElseThrow(() -> new GestionRechazadaException("error.escalamiento.sinContacto", peticion.getFolio()));
        OffsetDateTime ahora = OffsetDateTime.now(reloj);
        delCaso.resolver(peticion, actual, LongitudTexto.exigir("solucion", texto, LongitudTexto.MEDIANO), ahora);
        bitacora.registrar(new EventoBitacora(peticion, ahora, actor.nombreUsuario(), TipoEventoBitacora.ESCALAMIENTO,
                Textos.de("bitacora.solucionArea", actual.getArea().getNombre(), actual.getNivel(), texto), null, null));
        peticiones.sincronizar();
    }

    /** Every level the case reached, in order, for the Expediente (readable by whoever may read the case). */
    @RolesAllowed({Roles.CORRESPONDENCIA, Roles.CONSULTOR, Roles.SUPERVISOR, Roles.JEFE_AREA, Roles.TITULAR_DAC,
            Roles.TITULAR_CAO, Roles.JURIDICO, Roles.ADMIN})
    public List<Escalamiento> deCaso(String folio) {
        Actor actor = Actor.de(contexto);
        Peticion peticion = peticiones.porFolio(Folio.de(folio)).orElseThrow(() -> new PeticionNoEncontradaException(folio));
        politica.exigir(actor, peticion, AccionCaso.CONSULTAR);
        return delCaso.de(peticion);
    }

    /** The áreas a case can be put to (active, with a chain). */
    public List<AreaInstitucional> areas() {
        return em.createNamedQuery("AreaInstitucional.activas", AreaInstitucional.class).getResultList().stream()
                .filter(a -> a.nivel(1).isPresent()).toList();
    }


    private Escalamiento abrirNivel(Peticion peticion, AreaInstitucional area, NivelEscalamiento nivel, String nota,
                                    Actor actor, String claveBitacora) {
        OffsetDateTime ahora = OffsetDateTime.now(reloj);
        LocalDate hoy = ahora.atZoneSameInstant(Tiempo.ZONA_MEXICO).toLocalDate();
        LocalDate limite = calendario.calendario(hoy).sumarDiasHabiles(hoy, nivel.getDiasHabiles());
        String notaValida = nota == null ? null : LongitudTexto.exigir("nota", nota, NOTA_MAXIMA);
        Escalamiento escalamiento = new Escalamiento(peticion, nivel, area, ahora, limite, notaValida,
                actor.nombreUsuario());
        em.persist(escalamiento);
        peticion.escalarA(nivel.getNivel(), limite);
        String descripcion = Textos.de(claveBitacora, area.getNombre(), nivel.getNivel(), nivel.getCargo(),
                Textos.fechaLarga(limite), notaValida == null ? "" : " " + notaValida);
        if (nivel.getCorreo() != null) {
            Map<String, Object> campos = new HashMap<>();
            campos.put("folio", peticion.getFolio());
            campos.put("asunto", peticion.getAsunto());
            campos.put("area", area.getNombre());
            campos.put("cargo", nivel.getCargo());
            campos.put("nivel", nivel.getNivel());
            campos.put("fechaLimite", Textos.fechaLarga(limite));
            campos.put("nota", notaValida == null ? "" : notaValida);
            bandejaSalida.encolar(peticion, "ESCALAMIENTO", nivel.getCorreo(), campos, actor, ahora);
            descripcion += " " + Textos.de("bitacora.escalamientoCorreo", nivel.getCorreo());
        }
        bitacora.registrar(new EventoBitacora(peticion, ahora, actor.nombreUsuario(), TipoEventoBitacora.ESCALAMIENTO,
                descripcion, null, null));
        peticiones.sincronizar();
        return escalamiento;
    }

    static void exigirGestionPendiente(Peticion peticion) {
        if (!peticion.getAreaDac().esGestion()) {
            throw new GestionRechazadaException("error.gestion.soloGestion", peticion.getFolio());
        }
        if (!peticion.getEstado().esPendiente()) {
            throw new GestionRechazadaException("error.gestion.concluida", peticion.getFolio());
        }
    }

    private static String texto(String valor) {
        return valor == null || valor.isBlank() ? null : valor.trim();
    }
}
