package mx.gob.imss.siade.peticion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.gob.imss.siade.catalogos.AreaDac;
import mx.gob.imss.siade.seguridad.Rol;
import mx.gob.imss.siade.seguridad.Usuario;
import mx.gob.imss.siade.seguridad.UsuarioRepository;

/**
 * Who works a case. By default (docs/decisiones.md, «Asignación») a new petición goes to the active
 * consultor of its área with the fewest open cases, the first by user name on a tie; with no
 * consultor in the área it stays unassigned until a supervisor assigns it.
 */
@ApplicationScoped
public class AsignacionConsultor {

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Inject
    private UsuarioRepository usuarios;

    public List<Usuario> consultoresDe(AreaDac area) {
        return usuarios.activosConRol(area, Rol.CONSULTOR);
    }

    /** The consultor of {@code area} with the fewest open cases, if the área has any. */
    public Optional<Usuario> conMenosCarga(AreaDac area) {
        List<Usuario> consultores = consultoresDe(area);
        if (consultores.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, Long> abiertos = new HashMap<>();
        for (Object[] fila : em.createQuery("SELECT p.consultor.id, COUNT(p) FROM Peticion p WHERE p.consultor IN"
                        + " :consultores AND p.estado IN :pendientes GROUP BY p.consultor.id", Object[].class)
                .setParameter("consultores", consultores)
                .setParameter("pendientes", EstadoPeticion.pendientes())
                .getResultList()) {
            abiertos.put((Long) fila[0], (Long) fila[1]);
        }
        return consultores.stream().min(Comparator.comparingLong((Usuario u) -> abiertos.getOrDefault(u.getId(), 0L))
                .thenComparing(Usuario::getNombreUsuario));
    }
}
