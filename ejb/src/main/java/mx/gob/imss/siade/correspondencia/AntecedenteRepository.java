package mx.gob.imss.siade.correspondencia;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class AntecedenteRepository {

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    /** The petitions of these personas, newest first. */
    public List<Antecedente> dePersonas(List<Long> personas) {
        if (personas.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT NEW mx.gob.imss.siade.correspondencia.Antecedente(p.folio, p.estado, p.asunto,"
                        + " p.fechaRecepcion, pu.nombre) FROM Peticion p JOIN p.personaUsuaria pu"
                        + " WHERE pu.id IN :personas ORDER BY p.fechaRecepcion DESC", Antecedente.class)
                .setParameter("personas", personas)
                .setMaxResults(50)
                .getResultList();
    }
}
