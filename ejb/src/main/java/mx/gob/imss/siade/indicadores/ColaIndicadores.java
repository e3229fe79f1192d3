package mx.gob.imss.siade.indicadores;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.gob.imss.siade.bitacora.EventoBitacora;

/**
 * Every bitácora entry is a change of its case: an indicators task is written with it, in the same
 * transaction (outbox), so a change that rolls back leaves none and a committed one never misses it.
 */
@ApplicationScoped
public class ColaIndicadores {

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    void alRegistrar(@Observes EventoBitacora evento) {
        em.persist(new TareaIndicador(evento.getPeticion().getId(), evento.getFecha()));
    }
}
