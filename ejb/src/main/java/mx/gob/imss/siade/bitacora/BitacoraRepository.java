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

    /**
     * Appends the entry to its petición's hash chain: the petición row is locked (entries of one case are
     * chained one after the other, on any node), the entry takes the current head as its previous link,
     * and becomes the head.
     */
    public EventoBitacora registrar(EventoBitacora evento) {
        em.flush(); // a petición registered in this transaction must be in the table to be locked
        long peticion = evento.getPeticion().getId();
        java.util.List<?> cabeza = em.createNativeQuery("SELECT HASH_BITACORA FROM PETICION WHERE ID = ? FOR UPDATE")
                .setParameter(1, peticion).getResultList();
        String anterior = cabeza.isEmpty() || cabeza.get(0) == null ? mx.gob.imss.siade.auditoria.Huella.INICIAL
                : (String) cabeza.get(0);
        evento.encadenar(anterior);
        em.persist(evento);
        em.createNativeQuery("UPDATE PETICION SET HASH_BITACORA = ? WHERE ID = ?").setParameter(1, evento.getHash())
                .setParameter(2, peticion).executeUpdate();
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
