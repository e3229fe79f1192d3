package mx.gob.imss.siade.busqueda;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.gob.imss.siade.bitacora.EventoBitacora;

/**
 * Every bitácora entry is a change of its petición: a reindex task is written with it, in the same
 * transaction (the transactional outbox of the index), so a change that rolls back leaves no task and a
 * committed change never misses one.
 */
@ApplicationScoped
public class ColaIndice {

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    void alRegistrar(@Observes EventoBitacora evento) {
        em.persist(new TareaIndice(evento.getPeticion().getId(), evento.getFecha()));
    }
}
