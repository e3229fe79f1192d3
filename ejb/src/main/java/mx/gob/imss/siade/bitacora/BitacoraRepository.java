package mx.gob.imss.siade.bitacora;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import mx.gob.imss.siade.peticion.Peticion;

/** Append-only access to the bitácora; callers write it in the same transaction as the change it records. */
@ApplicationScoped
public class BitacoraRepository {

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    /** Told of every entry, in the same transaction (the search index's outbox listens). */
    @jakarta.inject.Inject
    private jakarta.enterprise.event.Event<EventoBitacora> registrado;

    public EventoBitacora registrar(EventoBitacora evento) {
        em.persist(evento);
        registrado.fire(evento);
        return evento;
    }

    public List<EventoBitacora> dePeticion(Peticion peticion) {
        return em.createNamedQuery("EventoBitacora.findByPeticion", EventoBitacora.class)
                .setParameter("peticion", peticion)
                .getResultList();
    }

    public long contar(Peticion peticion) {
        return em.createNamedQuery("EventoBitacora.countByPeticion", Long.class)
                .setParameter("peticion", peticion)
                .getSingleResult();
    }
}
