package mx.gob.imss.siade.correspondencia;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import mx.gob.imss.siade.peticion.Peticion;

@ApplicationScoped
public class AntecedenteRepository {

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    /** The petitions of these personas, newest first (with persona and área, which the caller reads). */
    public List<Peticion> dePersonas(List<Long> personas) {
        if (personas.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM Peticion p JOIN FETCH p.personaUsuaria pu JOIN FETCH p.areaDac"
                        + " WHERE pu.id IN :personas ORDER BY p.fechaRecepcion DESC", Peticion.class)
                .setParameter("personas", personas)
                .setMaxResults(50)
                .getResultList();
    }
}
