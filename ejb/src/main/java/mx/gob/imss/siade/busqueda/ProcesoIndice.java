package mx.gob.imss.siade.busqueda;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Takes the outbox of the index in order: the petitions of the oldest tasks are read again from the
 * database and written to the index (committed there), and only then are those tasks deleted. A crash
 * in between leaves the tasks, which are taken again; indexing a petición twice gives the same document.
 */
@Stateless
@PermitAll
public class ProcesoIndice {

    static final int LOTE = 500;

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Inject
    private LectorDocumentos lector;

    @Inject
    private IndiceBusqueda indice;

    /** @return how many tasks were done */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int procesarPendientes() {
        List<TareaIndice> tareas = em.createQuery("SELECT t FROM TareaIndice t ORDER BY t.id", TareaIndice.class)
                .setMaxResults(LOTE).getResultList();
        if (tareas.isEmpty()) {
            return 0;
        }
        Set<Long> peticiones = new LinkedHashSet<>();
        tareas.forEach(t -> peticiones.add(t.getPeticionId()));
        indexar(peticiones);
        em.createQuery("DELETE FROM TareaIndice t WHERE t.id IN :ids")
                .setParameter("ids", tareas.stream().map(TareaIndice::getId).toList()).executeUpdate();
        return tareas.size();
    }

    /** Reads and indexes these petitions (a page of a rebuild). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void indexar(java.util.Collection<Long> peticiones) {
        List<DocumentoBusqueda> documentos = new ArrayList<>();
        for (Long id : peticiones) {
            Optional<DocumentoBusqueda> d = lector.leer(id);
            if (d.isPresent()) {
                documentos.add(d.get());
            } else {
                indice.borrar(id);
            }
        }
        indice.indexar(documentos);
        em.clear();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> ids(long desdeId, int cuantos) {
        return lector.ids(desdeId, cuantos);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long peticiones() {
        return lector.total();
    }
}
