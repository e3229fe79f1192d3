package mx.gob.imss.siade.busqueda;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import mx.gob.imss.siade.seguridad.Roles;

/**
 * Rebuilds the index from the database, page by page, with its progress for the administrador's button.
 * Runs once at a time; changes made meanwhile still reach the index through the outbox, whose tasks are
 * taken after the rebuild ({@link #ponerAlDia}), never interleaved with it.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class ReconstruccionIndice {

    private static final Logger LOG = Logger.getLogger(ReconstruccionIndice.class.getName());

    /** Where a rebuild stands. */
    public record Avance(boolean enCurso, long hechas, long total, String error) implements Serializable {
    }

    @EJB
    private ProcesoIndice proceso;

    @Inject
    private IndiceBusqueda indice;

    private final AtomicBoolean enCurso = new AtomicBoolean();
    /**
     * A rebuild and the outbox's tasks never write at the same time: a page of a rebuild read before a change
     * and written after that change's task would put the old version back. Tasks written during a rebuild wait
     * and are taken when it ends.
     */
    private final ReentrantLock escritura = new ReentrantLock();
    private final AtomicLong hechas = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private volatile String error;

    /** Starts a rebuild in the background (nothing if one is running). */
    @RolesAllowed(Roles.ADMIN)
    @Asynchronous
    public void iniciar() {
        reconstruir();
    }

    /** The same, for the server itself (an empty index at start, the command line). */
    @Asynchronous
    public void iniciarDesdeSistema() {
        reconstruir();
    }

    public Avance avance() {
        return new Avance(enCurso.get(), hechas.get(), total.get(), error);
    }

    /** Rebuilds now, in the caller's thread; false if another rebuild is running. */
    public boolean reconstruir() {
        if (!enCurso.compareAndSet(false, true)) {
            return false;
        }
        escritura.lock();
        try {
            error = null;
            hechas.set(0);
            total.set(proceso.peticiones());
            indice.vaciar();
            long ultimo = 0;
            for (List<Long> ids = proceso.ids(0, ProcesoIndice.LOTE); !ids.isEmpty();
                 ids = proceso.ids(ultimo, ProcesoIndice.LOTE)) {
                proceso.indexar(ids);
                ultimo = ids.get(ids.size() - 1);
                hechas.addAndGet(ids.size());
            }
            LOG.info(() -> "Índice de búsqueda reconstruido: " + hechas.get() + " peticiones");
            return true;
        } catch (RuntimeException e) {
            error = e.getMessage();
            throw e;
        } finally {
            escritura.unlock();
            enCurso.set(false);
        }
    }

    /** Takes every pending task of the outbox now (after a running rebuild, if there is one). */
    public int ponerAlDia() {
        escritura.lock();
        try {
            int hechas = 0;
            for (int n = proceso.procesarPendientes(); n > 0; n = proceso.procesarPendientes()) {
                hechas += n;
            }
            return hechas;
        } finally {
            escritura.unlock();
        }
    }
}
