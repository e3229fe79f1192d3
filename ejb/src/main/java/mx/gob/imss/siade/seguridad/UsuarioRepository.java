package mx.gob.imss.siade.seguridad;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Objects;
import java.util.Optional;

@ApplicationScoped
public class UsuarioRepository {

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    public Optional<Usuario> porNombreUsuario(String nombreUsuario) {
        return em.createNamedQuery("Usuario.findByNombreUsuario", Usuario.class)
                .setParameter("nombreUsuario", nombreUsuario)
                .getResultStream()
                .findFirst();
    }

    /** The id of the user's área DAC, read alone (no roles, no entity): asked on every Bandeja page. */
    public Optional<Long> areaDe(String nombreUsuario) {
        return em.createNamedQuery("Usuario.findAreaId", Long.class)
                .setParameter("nombreUsuario", nombreUsuario)
                .getResultStream()
                .filter(Objects::nonNull)
                .findFirst();
    }

    /** Active users of {@code area} holding {@code rol}, by user name. */
    public java.util.List<Usuario> activosConRol(mx.gob.imss.siade.catalogos.AreaDac area, Rol rol) {
        return em.createNamedQuery("Usuario.findActivosConRolEnArea", Usuario.class).setParameter("area", area)
                .setParameter("rol", rol).getResultList();
    }

    /** The signed-in person behind {@code actor}. */
    public Usuario de(Actor actor) {
        return porNombreUsuario(actor.nombreUsuario())
                .orElseThrow(() -> new IllegalStateException("Usuario sin registro: " + actor.nombreUsuario()));
    }

    /** Active users holding {@code rol} in any área (the titulares have none), by user name. */
    public java.util.List<Usuario> activosConRol(Rol rol) {
        return em.createNamedQuery("Usuario.findActivosConRol", Usuario.class).setParameter("rol", rol).getResultList();
    }

    /** Every active user, by full name. */
    public java.util.List<Usuario> activos() {
        return em.createNamedQuery("Usuario.findActivos", Usuario.class).getResultList();
    }

    public long contarDemo() {
        return em.createNamedQuery("Usuario.countDemo", Long.class).getSingleResult();
    }

    public Usuario guardar(Usuario usuario) {
        em.persist(usuario);
        return usuario;
    }
}
