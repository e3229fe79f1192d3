package mx.gob.imss.siade.derivacion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import mx.gob.imss.siade.peticion.Peticion;

@ApplicationScoped
public class DerivacionRepository {

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    public List<Derivacion> dePeticion(Peticion peticion) {
        return em.createNamedQuery("Derivacion.findByPeticion", Derivacion.class)
                .setParameter("peticion", peticion).getResultList();
    }

    /** The latest routing of the petición, the one an answer belongs to. */
    public Optional<Derivacion> ultima(Peticion peticion) {
        List<Derivacion> todas = dePeticion(peticion);
        return todas.isEmpty() ? Optional.empty() : Optional.of(todas.get(todas.size() - 1));
    }

    public Derivacion guardar(Derivacion derivacion) {
        em.persist(derivacion);
        return derivacion;
    }
}
