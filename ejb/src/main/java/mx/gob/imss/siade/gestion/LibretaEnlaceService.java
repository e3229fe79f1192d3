package mx.gob.imss.siade.gestion;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import mx.gob.imss.siade.bitacora.BitacoraRepository;
import mx.gob.imss.siade.bitacora.EventoBitacora;
import mx.gob.imss.siade.bitacora.TipoEventoBitacora;
import mx.gob.imss.siade.catalogos.AreaDac;
import mx.gob.imss.siade.infra.Textos;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.personas.DatosPersonales;
import mx.gob.imss.siade.personas.TipoPersonaUsuaria;
import mx.gob.imss.siade.peticion.MedioCaptacion;
import mx.gob.imss.siade.peticion.NuevaPeticion;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.peticion.PeticionRepository;
import mx.gob.imss.siade.peticion.RegistroPeticion;
import mx.gob.imss.siade.plazos.CalendarioRepository;
import mx.gob.imss.siade.seguridad.Actor;
import mx.gob.imss.siade.seguridad.CifradoDatosPersonales;
import mx.gob.imss.siade.seguridad.PoliticaAcceso;
import mx.gob.imss.siade.seguridad.Rol;
import mx.gob.imss.siade.seguridad.Roles;
import mx.gob.imss.siade.seguridad.Usuario;
import mx.gob.imss.siade.seguridad.UsuarioRepository;

/**
 * The Libreta de enlace (Anexo 5, 5.38–5.39). The consultor of a night, weekend or holiday shift writes
 * entries (the shift is read from the clock and the holiday calendar; in the day shift of a business
 * day nothing is written); the next business day the jefe de área or supervisor of the same área
 * reviews each one, once: turns it into a petición (own folio, optionally assigned to a consultor) or
 * assigns it to a person with an instruction. Entries are never edited or deleted; a review is written
 * once under a row lock, so two reviewers at once give one review.
 */
@Stateless
@RolesAllowed({Roles.CONSULTOR, Roles.SUPERVISOR, Roles.JEFE_AREA})
public class LibretaEnlaceService {

    static final int DIAS_RECIENTES = 7;

    /** An entry as the screens show it (personal data masked for the roles that see it masked). */
    public record Entrada(Long id, OffsetDateTime escritaEn, TurnoLibreta turno, String escritaPor, String persona,
                          String telefono, String asunto, String descripcion, EntradaLibreta.Revision revision,
                          String revisadaPor, OffsetDateTime revisadaEn, String folio, String asignadaA,
                          String instruccion) implements Serializable {
    }

    @Resource
    private SessionContext contexto;

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Inject
    private UsuarioRepository usuarios;

    @Inject
    private CifradoDatosPersonales cifrado;

    @Inject
    private CalendarioRepository calendario;

    @Inject
    private RegistroPeticion registro;

    @Inject
    private PeticionRepository peticiones;

    @Inject
    private BitacoraRepository bitacora;

    @Inject
    private Clock reloj;

    /** The day shift of a business day: outside it, the guard shifts write the libreta. */
    @Inject
    private mx.gob.imss.siade.plazos.TurnoDiurno turnoDiurno;

    /** The shift now, or empty in the day shift (nothing to write then). */
    public Optional<TurnoLibreta> turnoActual() {
        ZonedDateTime ahora = ZonedDateTime.now(reloj).withZoneSameInstant(Tiempo.ZONA_MEXICO);
        return TurnoLibreta.de(ahora, calendario.calendario(ahora.toLocalDate()), turnoDiurno.inicio(),
                turnoDiurno.fin());
    }

    public Entrada escribir(String persona, String telefono, String asunto, String descripcion) {
        Actor actor = Actor.de(contexto);
        AreaDac area = areaDe(actor);
        TurnoLibreta turno = turnoActual().orElseThrow(
                () -> new GestionRechazadaException("error.libreta.turnoDiurno", turnoDiurno.inicio(), turnoDiurno.fin()));
        String nombre = requerido(persona, 200, "error.libreta.persona");
        String tel = telefono == null || telefono.isBlank() ? null : telefono.trim();
        if (tel != null && !mx.gob.imss.siade.personas.Telefono.valido(tel)) {
            throw new GestionRechazadaException("error.libreta.telefono");
        }
        String tema = requerido(asunto, 300, "error.libreta.asunto");
        String texto = requerido(descripcion, 4000, "error.libreta.descripcion");
        EntradaLibreta entrada = new EntradaLibreta(area, OffsetDateTime.now(reloj), turno, actor.nombreUsuario(),
                cifrado.cifrar(nombre), tel == null ? null : cifrado.cifrar(tel), tema, texto);
        em.persist(entrada);
        em.flush();
        return vista(entrada, true);
    }

    /** What the caller's área wrote in the last days, reviewed or not (read-only). */
    public List<Entrada> recientes() {
        Actor actor = Actor.de(contexto);
        boolean completos = PoliticaAcceso.veDatosPersonales(actor.roles());
        return em.createNamedQuery("EntradaLibreta.recientes", EntradaLibreta.class).setParameter("area", areaDe(actor))
                .setParameter("desde", OffsetDateTime.now(reloj).minusDays(DIAS_RECIENTES)).setMaxResults(200)
                .getResultList().stream().map(e -> vista(e, completos)).toList();
    }

    /** Entries of the caller's área awaiting review, oldest first (jefe de área, supervisor). */
    @RolesAllowed({Roles.SUPERVISOR, Roles.JEFE_AREA})
    public List<Entrada> pendientes() {
        Actor actor = Actor.de(contexto);
        boolean completos = PoliticaAcceso.veDatosPersonales(actor.roles());
        return em.createNamedQuery("EntradaLibreta.pendientes", EntradaLibreta.class).setParameter("area", areaDe(actor))
                .getResultList().stream().map(e -> vista(e, completos)).toList();
    }

    /** Entries assigned to the caller to attend. */
    public List<Entrada> asignadasAMi() {
        Actor actor = Actor.de(contexto);
        boolean completos = PoliticaAcceso.veDatosPersonales(actor.roles());
        return em.createNamedQuery("EntradaLibreta.asignadasA", EntradaLibreta.class)
                .setParameter("usuario", usuarios.de(actor)).setMaxResults(200).getResultList().stream()
                .map(e -> vista(e, completos)).toList();
    }

    /** The people of the caller's área an entry can be assigned to, or a new case given to. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.JEFE_AREA})
    public List<Usuario> personasDelArea() {
        AreaDac area = areaDe(Actor.de(contexto));
        return usuarios.activos().stream().filter(u -> area.equals(u.getAreaDac()))
                .filter(u -> u.getRoles().stream().anyMatch(r -> r == Rol.CONSULTOR || r == Rol.SUPERVISOR
                        || r == Rol.JEFE_AREA)).toList();
    }

    /** Review: the entry becomes a petición of the área received by telephone, optionally given to a consultor. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.JEFE_AREA})
    public String convertir(long id, String consultor) {
        Actor actor = Actor.de(contexto);
        EntradaLibreta entrada = paraRevisar(id, actor);
        Usuario asignado = consultor == null || consultor.isBlank() ? null : personaDelArea(consultor, entrada.getAreaDac());
        String telefono = entrada.telefono(cifrado);
        NuevaPeticion nueva = new NuevaPeticion(TipoPersonaUsuaria.DERECHOHABIENTE, entrada.persona(cifrado),
                new DatosPersonales(null, null, null, telefono, null, null), MedioCaptacion.TELEFONO,
                entrada.getAreaDac().getClave(), null, null, entrada.getAsunto(), entrada.getDescripcion(),
                entrada.getEscritaEn());
        Peticion peticion = registro.registrar(nueva, actor);
        if (asignado != null) {
            peticion.asignarConsultor(asignado);
        }
        OffsetDateTime ahora = OffsetDateTime.now(reloj);
        entrada.revisar(EntradaLibreta.Revision.CONVERTIDA, actor.nombreUsuario(), ahora, peticion, null, null);
        bitacora.registrar(new EventoBitacora(peticion, ahora, actor.nombreUsuario(), TipoEventoBitacora.NOTA,
                Textos.de("bitacora.desdeLibreta", entrada.getId(), Textos.etiqueta(entrada.getTurno()),
                        entrada.getEscritaPor(), asignado == null ? "" : " " + Textos.de("bitacora.desdeLibretaAsignada",
                                asignado.getNombreCompleto())), null, null));
        peticiones.sincronizar();
        return peticion.getFolio();
    }

    /** Review: the entry is given to a person of the área with an instruction. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.JEFE_AREA})
    public void asignar(long id, String persona, String instruccion) {
        Actor actor = Actor.de(contexto);
        EntradaLibreta entrada = paraRevisar(id, actor);
        if (persona == null || persona.isBlank()) {
            throw new GestionRechazadaException("error.libreta.sinPersona");
        }
        Usuario asignado = personaDelArea(persona, entrada.getAreaDac());
        String texto = requerido(instruccion, 1000, "error.libreta.instruccion");
        entrada.revisar(EntradaLibreta.Revision.ASIGNADA, actor.nombreUsuario(), OffsetDateTime.now(reloj), null, asignado,
                texto);
        em.flush();
    }

    private EntradaLibreta paraRevisar(long id, Actor actor) {
        EntradaLibreta entrada = em.find(EntradaLibreta.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (entrada == null || !entrada.getAreaDac().equals(areaDe(actor))) {
            throw new GestionRechazadaException("error.libreta.noEncontrada", id);
        }
        if (entrada.getRevision() != null) {
            throw new GestionRechazadaException("error.libreta.yaRevisada", id);
        }
        return entrada;
    }

    private Usuario personaDelArea(String nombreUsuario, AreaDac area) {
        return usuarios.porNombreUsuario(nombreUsuario.trim()).filter(Usuario::isActivo)
                .filter(u -> area.equals(u.getAreaDac()))
                .orElseThrow(() -> new GestionRechazadaException("error.libreta.personaAjena", nombreUsuario));
    }

    private AreaDac areaDe(Actor actor) {
        AreaDac area = usuarios.de(actor).getAreaDac();
        if (area == null) {
            throw new GestionRechazadaException("error.libreta.sinArea");
        }
        return area;
    }

    private Entrada vista(EntradaLibreta e, boolean completos) {
        String persona = e.persona(cifrado);
        String telefono = e.telefono(cifrado);
        return new Entrada(e.getId(), e.getEscritaEn(), e.getTurno(), e.getEscritaPor(),
                completos ? persona : inicial(persona), telefono == null ? null : completos ? telefono : "••••••",
                e.getAsunto(), e.getDescripcion(), e.getRevision(), e.getRevisadaPor(), e.getRevisadaEn(),
                e.getPeticion() == null ? null : e.getPeticion().getFolio(),
                e.getAsignadaA() == null ? null : e.getAsignadaA().getNombreCompleto(), e.getInstruccion());
    }

    private static String inicial(String nombre) {
        return nombre.isEmpty() ? nombre : nombre.charAt(0) + "••••••";
    }

    private static String requerido(String valor, int maximo, String clave) {
        String v = valor == null ? "" : valor.trim();
        if (v.isEmpty() || v.length() > maximo) {
            throw new GestionRechazadaException(clave, maximo);
        }
        return v;
    }
}
