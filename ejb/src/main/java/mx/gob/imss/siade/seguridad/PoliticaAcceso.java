package mx.gob.imss.siade.seguridad;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import mx.gob.imss.siade.peticion.Peticion;

/**
 * Who may read and who may act on which case: the one place that says so. Every service entry
 * point that takes a case, and the document servlet through its service, asks here; screens only
 * hide what this refuses anyway.
 *
 * <ul>
 *   <li>Staff (consultor, supervisor, jefe de área, correspondencia) read and act only on cases of
 *       their área or derived to it, each action limited to the roles of {@link #ROLES_POR_ACCION}.</li>
 *   <li>Titulares, jurídico and the administrador read every case, with their masking, and act on none
 *       through these actions.</li>
 *   <li>One exception, from the procedure: Correspondencia files a new letter under an existing folio
 *       of any área (5.73, 5.14); that grants no reading.</li>
 * </ul>
 * Personal data in full is for the roles that work cases and for jurídico ({@link #veDatosPersonales}).
 */
@ApplicationScoped
public class PoliticaAcceso {

    static final Set<Rol> PERSONAL_DE_AREA = EnumSet.of(Rol.CONSULTOR, Rol.SUPERVISOR, Rol.JEFE_AREA, Rol.CORRESPONDENCIA);
    static final Set<Rol> LEEN_TODO = EnumSet.of(Rol.TITULAR_DAC, Rol.TITULAR_CAO, Rol.JURIDICO, Rol.ADMIN);
    static final Set<Rol> VEN_DATOS_PERSONALES =
            EnumSet.of(Rol.CONSULTOR, Rol.SUPERVISOR, Rol.JEFE_AREA, Rol.CORRESPONDENCIA, Rol.JURIDICO);

    /** Who may sign oficios: the titulares, and a jefe de área or supervisor as suplente (5.70). */
    /** Who downloads any case as one PDF for a legal proceeding. */
    static final Set<Rol> EXPORTAN_CUALQUIERA = EnumSet.of(Rol.JURIDICO, Rol.TITULAR_DAC, Rol.TITULAR_CAO);
    public static final Set<Rol> FIRMAN = EnumSet.of(Rol.TITULAR_DAC, Rol.TITULAR_CAO, Rol.JEFE_AREA, Rol.SUPERVISOR);

    /** Actions that depend on being named on an oficio rather than on the área. */
    private static final Set<AccionCaso> POR_DESIGNACION = EnumSet.of(AccionCaso.RUBRICAR, AccionCaso.FIRMAR);

    /** Which staff roles may take each action on a case of their área. */
    static final Map<AccionCaso, Set<Rol>> ROLES_POR_ACCION = new EnumMap<>(AccionCaso.class);

    static {
        Set<Rol> trabajan = EnumSet.of(Rol.CONSULTOR, Rol.SUPERVISOR, Rol.JEFE_AREA);
        Set<Rol> supervisan = EnumSet.of(Rol.SUPERVISOR, Rol.JEFE_AREA);
        Set<Rol> todos = PERSONAL_DE_AREA;
        ROLES_POR_ACCION.put(AccionCaso.CONSULTAR, todos);
        ROLES_POR_ACCION.put(AccionCaso.AGREGAR_ESCRITO, EnumSet.of(Rol.CORRESPONDENCIA, Rol.SUPERVISOR, Rol.JEFE_AREA));
        ROLES_POR_ACCION.put(AccionCaso.CLASIFICAR, trabajan);
        ROLES_POR_ACCION.put(AccionCaso.REVISAR, supervisan);
        ROLES_POR_ACCION.put(AccionCaso.ANOTAR, todos);
        ROLES_POR_ACCION.put(AccionCaso.CONCLUIR, trabajan);
        ROLES_POR_ACCION.put(AccionCaso.SOLICITAR_DATOS, todos);
        ROLES_POR_ACCION.put(AccionCaso.RECIBIR_DATOS, todos);
        ROLES_POR_ACCION.put(AccionCaso.DERIVAR, supervisan);
        ROLES_POR_ACCION.put(AccionCaso.REGISTRAR_RESPUESTA, todos);
        ROLES_POR_ACCION.put(AccionCaso.ACEPTAR_RESPUESTA, supervisan);
        ROLES_POR_ACCION.put(AccionCaso.RECHAZAR_RESPUESTA, supervisan);
        ROLES_POR_ACCION.put(AccionCaso.REDACTAR_OFICIO, todos);
        ROLES_POR_ACCION.put(AccionCaso.REASIGNAR, supervisan);
        ROLES_POR_ACCION.put(AccionCaso.LLAMAR, trabajan);
        ROLES_POR_ACCION.put(AccionCaso.ESCALAR, trabajan);
        ROLES_POR_ACCION.put(AccionCaso.INFORMAR_Y_CONCLUIR, trabajan);
        ROLES_POR_ACCION.put(AccionCaso.INFORMAR_INSTANCIA, trabajan);
        ROLES_POR_ACCION.put(AccionCaso.ENVIAR_OFICIO, todos);
        // The whole case as one PDF: the jefe of its área; Jurídico and the titulares for any case (below).
        ROLES_POR_ACCION.put(AccionCaso.EXPORTAR_EXPEDIENTE, EnumSet.of(Rol.JEFE_AREA));
        // The confidentiality level: the jefe of the case's área; the titulares for any case (below).
        ROLES_POR_ACCION.put(AccionCaso.CLASIFICAR_CONFIDENCIALIDAD, EnumSet.of(Rol.JEFE_AREA));
        // Oficios: whoever the chain of rúbricas names, whatever their área (CadenaRubricas); the suplente of
        // an absent titular is a titular, jefe de área or supervisor (AusenciaService).
        ROLES_POR_ACCION.put(AccionCaso.RUBRICAR, EnumSet.of(Rol.CONSULTOR, Rol.SUPERVISOR, Rol.JEFE_AREA,
                Rol.CORRESPONDENCIA, Rol.TITULAR_DAC));
        ROLES_POR_ACCION.put(AccionCaso.FIRMAR, FIRMAN);
        ROLES_POR_ACCION.put(AccionCaso.ANULAR, EnumSet.of(Rol.JEFE_AREA));
    }


    @Inject
    private UsuarioRepository usuarios;

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @EJB
    private RegistroSeguridad registro;

    @Inject
    private Clock reloj;

    /**
     * The rule itself, without the database: may a user with {@code roles}, standing in
     * {@code relacion} to a case, take {@code accion} on it.
     */
    public static boolean permite(Set<Rol> roles, RelacionCaso relacion, AccionCaso accion) {
        Set<Rol> autorizados = ROLES_POR_ACCION.get(accion);
        if (autorizados == null) {
            return false;
        }
        if (accion == AccionCaso.CONSULTAR && roles.stream().anyMatch(LEEN_TODO::contains)) {
            return true;
        }
        if (accion == AccionCaso.AGREGAR_ESCRITO && roles.contains(Rol.CORRESPONDENCIA)) {
            return true;
        }
        if (accion == AccionCaso.EXPORTAR_EXPEDIENTE && roles.stream().anyMatch(EXPORTAN_CUALQUIERA::contains)) {
            return true;
        }
        if (accion == AccionCaso.CLASIFICAR_CONFIDENCIALIDAD && roles.stream().anyMatch(VEN_RESERVADOS::contains)) {
            return true;
        }
        if (POR_DESIGNACION.contains(accion)) {
            return relacion == RelacionCaso.DESIGNADO && roles.stream().anyMatch(autorizados::contains);
        }
        return relacion == RelacionCaso.PROPIA_AREA && roles.stream().anyMatch(autorizados::contains);
    }

    public static boolean veDatosPersonales(Set<Rol> roles) {
        return roles.stream().anyMatch(VEN_DATOS_PERSONALES::contains);
    }

    public static boolean leeTodasLasAreas(Set<Rol> roles) {
        return roles.stream().anyMatch(LEEN_TODO::contains);
    }

    public boolean permite(Actor actor, Peticion peticion, AccionCaso accion) {
        if (actor.tiene(Rol.SISTEMA)) {
            return true;
        }
        return confidencialidadPermite(actor, peticion) && permite(actor.roles(), relacion(actor, peticion), accion);
    }

    /**
     * The case's confidentiality, before any other rule: a reservado case only for the users named on it
     * and the titulares; a restringido one not for the administrador (unless also a titular or Jurídico).
     */
    public static boolean confidencialidadPermite(Actor actor, Peticion peticion) {
        return switch (peticion.getConfidencialidad()) {
            case PUBLICO -> true;
            case RESTRINGIDO -> confidencialidadPermiteRestringido(actor);
            case RESERVADO -> veReservados(actor) || peticion.autoriza(actor.nombreUsuario());
        };
    }

    /** Whether the actor may see restringido cases (everyone but the administrador who is only that). */
    public static boolean confidencialidadPermiteRestringido(Actor actor) {
        return !actor.tiene(Rol.ADMIN) || veReservados(actor) || actor.tiene(Rol.JURIDICO);
    }

    /** Whether the actor sees every reservado case (the titulares). */
    public static boolean veReservados(Actor actor) {
        return actor.roles().stream().anyMatch(VEN_RESERVADOS::contains);
    }

    /**
     * For lists filtered in the query (Bandeja, search): the id of the user whose naming decides which
     * reservado cases are shown, or null for one who sees them all.
     */
    public Long lectorDeReservados(Actor actor) {
        return veReservados(actor) ? null
                : usuarios.porNombreUsuario(actor.nombreUsuario()).map(Usuario::getId).orElse(-1L);
    }

    /** Who sees every reservado case. */
    public static final Set<Rol> VEN_RESERVADOS = EnumSet.of(Rol.TITULAR_DAC, Rol.TITULAR_CAO);

    /** Refuses (and records the attempt) unless the actor may take {@code accion} on the case. */
    public void exigir(Actor actor, Peticion peticion, AccionCaso accion) {
        if (!permite(actor, peticion, accion)) {
            rechazar(actor, peticion, accion);
        }
    }

    /**
     * For the oficio actions: refuses (and records) unless the actor holds a role for {@code accion} and
     * is the one the oficio's chain names for it now ({@code designado}, decided by the oficio's owner).
     */
    public void exigirDesignado(Actor actor, Peticion peticion, AccionCaso accion, boolean designado) {
        if (!confidencialidadPermite(actor, peticion)
                || !permite(actor.roles(), designado ? RelacionCaso.DESIGNADO : RelacionCaso.OTRA_AREA, accion)) {
            rechazar(actor, peticion, accion);
        }
    }

    /** Records the attempt and refuses it. */
    private void rechazar(Actor actor, Peticion peticion, AccionCaso accion) {
        registro.registrar(new EventoSeguridad(OffsetDateTime.now(reloj), TipoEventoSeguridad.ACCESO_DENEGADO_CASO,
                actor.nombreUsuario(), null, accion + " " + peticion.getFolio()));
        throw new AccesoDenegadoException(peticion.getFolio());
    }

    public RelacionCaso relacion(Actor actor, Peticion peticion) {
        Long area = usuarios.areaDe(actor.nombreUsuario()).orElse(null);
        if (area == null) {
            return RelacionCaso.OTRA_AREA;
        }
        if (area.equals(peticion.getAreaDac().getId())) {
            return RelacionCaso.PROPIA_AREA;
        }
        Long derivaciones = em.createNamedQuery("Derivacion.countToArea", Long.class)
                .setParameter("peticion", peticion).setParameter("area", area).getSingleResult();
        return derivaciones > 0 ? RelacionCaso.PROPIA_AREA : RelacionCaso.OTRA_AREA;
    }
}
