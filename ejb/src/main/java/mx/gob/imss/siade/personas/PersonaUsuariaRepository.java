package mx.gob.imss.siade.personas;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class PersonaUsuariaRepository {

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    public List<PersonaUsuaria> porHuellaNss(String huella) {
        return em.createNamedQuery("PersonaUsuaria.findByNssHash", PersonaUsuaria.class)
                .setParameter("hash", huella)
                .getResultList();
    }

    /** Ids of the personas with this NSS hash (an index lookup; usually one or none). */
    public List<Long> idsPorHuellaNss(String huella) {
        return em.createNamedQuery("PersonaUsuaria.findIdsByNssHash", Long.class)
                .setParameter("hash", huella)
                .getResultList();
    }

    /** Ids of the personas whose name, without accents or case, is this one (5.11, 5.19). */
    public List<Long> idsPorNombre(String nombre) {
        return em.createNamedQuery("PersonaUsuaria.findIdsByNombreNormalizado", Long.class)
                .setParameter("nombre", NombreNormalizado.de(nombre))
                .getResultList();
    }

    public PersonaUsuaria guardar(PersonaUsuaria persona) {
        em.persist(persona);
        return persona;
    }
}
