package mx.gob.imss.siade.seguridad;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

    public long contarDemo() {
        return em.createNamedQuery("Usuario.countDemo", Long.class).getSingleResult();
    }

    public Usuario guardar(Usuario usuario) {
        em.persist(usuario);
        return usuario;
    }
}
