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
import java.util.List;
import mx.gob.imss.siade.seguridad.Actor;
import mx.gob.imss.siade.seguridad.EventoSeguridad;
import mx.gob.imss.siade.seguridad.Roles;
import mx.gob.imss.siade.seguridad.TipoEventoSeguridad;
import org.apache.commons.validator.routines.EmailValidator;

/**
 * The administrador's catalogue of institutional áreas and their escalation chains (act. 31): levels
 * 1..n, each with its cargo, contact and días hábiles. A chain is saved whole (validated level by
 * level, with the level's number in every message); cases keep a copy of the level they reached, so a
 * change never rewrites their history. Áreas are deactivated, never deleted. Every change is recorded.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class CadenaEscalamientoService {

    public static final int NIVELES_MAXIMOS = 10;
    public static final int DIAS_MAXIMOS = 60;

    /** A level as the screen edits it. */
    public record NivelEditable(String cargo, String correo, String telefono, Integer diasHabiles) implements Serializable {
    }

    @Resource
    private SessionContext contexto;

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Inject
    private Clock reloj;

    public List<AreaInstitucional> areas() {
        List<AreaInstitucional> areas = em.createNamedQuery("AreaInstitucional.todas", AreaInstitucional.class)
                .getResultList();
        areas.forEach(a -> a.getNiveles().size());
        return areas;
    }

    public AreaInstitucional crearArea(String clave, String nombre) {
        String c = clave == null ? "" : clave.trim().toUpperCase(java.util.Locale.ROOT);
        if (!c.matches("[A-Z0-9_]{2,30}")) {
            throw new GestionRechazadaException("error.cadena.clave");
        }
        String n = nombre == null ? "" : nombre.trim();
        if (n.isEmpty() || n.length() > 200) {
            throw new GestionRechazadaException("error.cadena.nombre");
        }
        if (!em.createNamedQuery("AreaInstitucional.porClave", AreaInstitucional.class).setParameter("clave", c)
                .getResultList().isEmpty()) {
            throw new GestionRechazadaException("error.cadena.claveRepetida", c);
        }
        AreaInstitucional area = new AreaInstitucional(c, n);
        em.persist(area);
        registrar("Área institucional " + c + " creada: " + n);
        return area;
    }

    /** Replaces the chain of {@code areaId} with {@code niveles} (level 1 first). */
    public AreaInstitucional guardarCadena(long areaId, String nombre, List<NivelEditable> niveles) {
        AreaInstitucional area = em.find(AreaInstitucional.class, areaId, LockModeType.PESSIMISTIC_WRITE);
        if (area == null) {
            throw new GestionRechazadaException("error.escalamiento.areaDesconocida");
        }
        String n = nombre == null ? "" : nombre.trim();
        if (n.isEmpty() || n.length() > 200) {
            throw new GestionRechazadaException("error.cadena.nombre");
        }
        if (niveles == null || niveles.isEmpty()) {
            throw new GestionRechazadaException("error.cadena.vacia");
        }
        if (niveles.size() > NIVELES_MAXIMOS) {
            throw new GestionRechazadaException("error.cadena.demasiados", NIVELES_MAXIMOS);
        }
        for (int i = 0; i < niveles.size(); i++) {
            validar(i + 1, niveles.get(i));
        }
        area.renombrar(n);
        List<NivelEscalamiento> actuales = area.nivelesModificables();
        actuales.removeIf(nivel -> nivel.getNivel() > niveles.size());
        StringBuilder detalle = new StringBuilder("Cadena de ").append(area.getClave()).append(':');
        for (int i = 0; i < niveles.size(); i++) {
            NivelEditable e = niveles.get(i);
            int numero = i + 1;
            String cargo = e.cargo().trim();
            String correo = vacio(e.correo());
            String telefono = vacio(e.telefono());
            area.nivel(numero).ifPresentOrElse(nivel -> nivel.cambiar(cargo, correo, telefono, e.diasHabiles()),
                    () -> actuales.add(new NivelEscalamiento(area, numero, cargo, correo, telefono, e.diasHabiles())));
            detalle.append(' ').append(numero).append(") ").append(cargo).append(", ").append(e.diasHabiles()).append(" d.h.");
        }
        registrar(detalle.toString());
        return area;
    }

    public AreaInstitucional activar(long areaId, boolean activa) {
        AreaInstitucional area = em.find(AreaInstitucional.class, areaId);
        if (area == null) {
            throw new GestionRechazadaException("error.escalamiento.areaDesconocida");
        }
        area.activar(activa);
        registrar("Área institucional " + area.getClave() + (activa ? " activada" : " desactivada"));
        return area;
    }

    private static void validar(int numero, NivelEditable nivel) {
        if (nivel.cargo() == null || nivel.cargo().isBlank() || nivel.cargo().trim().length() > 200) {
            throw new GestionRechazadaException("error.cadena.cargo", numero);
        }
        String correo = vacio(nivel.correo());
        if (correo != null && (correo.length() > 254 || !EmailValidator.getInstance().isValid(correo))) {
            throw new GestionRechazadaException("error.cadena.correo", numero);
        }
        String telefono = vacio(nivel.telefono());
        if (telefono != null && !telefono.matches("[0-9 +()-]{7,30}")) {
            throw new GestionRechazadaException("error.cadena.telefono", numero);
        }
        if (nivel.diasHabiles() == null || nivel.diasHabiles() < 1 || nivel.diasHabiles() > DIAS_MAXIMOS) {
            throw new GestionRechazadaException("error.cadena.dias", numero, DIAS_MAXIMOS);
        }
    }

    private void registrar(String detalle) {
        String texto = detalle.length() > 500 ? detalle.substring(0, 497) + "..." : detalle;
        // In the same transaction as the change: a change that rolls back leaves no record, and none without one.
        em.persist(new EventoSeguridad(OffsetDateTime.now(reloj), TipoEventoSeguridad.CAMBIO_CATALOGO,
                Actor.de(contexto).nombreUsuario(), null, texto));
    }

    private static String vacio(String valor) {
        return valor == null || valor.isBlank() ? null : valor.trim();
    }
}
