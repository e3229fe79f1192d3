package mx.gob.imss.siade.ocr;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.imss.siade.infra.MigracionEsquema;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The OCR workers of this node: {@code siade.ocr.trabajadores} threads (default -1: one per core), each
 * running {@link TrabajadorOcr} while there is work. Started when a document is queued (after its
 * transaction commits) and every few seconds (work queued on another node, retries due, jobs of a
 * node that died). Threads come from the container's managed thread factory, so they run with the
 * application's context; the reception screen never waits for them. With 0 workers (the container
 * tests) nothing runs in the background and the tests drive {@link TrabajadorOcr} themselves.
 */
@Singleton
@Startup
@PermitAll
public class TrabajadoresOcr {

    private static final Logger LOG = Logger.getLogger(TrabajadoresOcr.class.getName());

    @Resource
    private ManagedThreadFactory fabrica;

    @Inject
    private TrabajadorOcr trabajador;

    @Inject
    private ReconocedorTexto reconocedor;

    @Inject
    private MigracionEsquema migracion;

    @Inject
    @ConfigProperty(name = "siade.ocr.trabajadores", defaultValue = "-1")
    int configurados;

    private final AtomicInteger activos = new AtomicInteger();
    private int trabajadores;
    private ExecutorService hilos;

    @PostConstruct
    void iniciar() {
        trabajadores = configurados < 0 ? Runtime.getRuntime().availableProcessors() : configurados;
        if (trabajadores > 0) {
            hilos = Executors.newFixedThreadPool(trabajadores, fabrica);
        }
    }

    @PreDestroy
    void detener() {
        if (hilos != null) {
            hilos.shutdownNow();
        }
    }

    public int trabajadores() {
        return trabajadores;
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "OCR de documentos")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void revisar() {
        despachar();
    }

    /** Starts idle workers when there is work they may take. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void despachar() {
        if (hilos == null || !migracion.completa() || activos.get() >= trabajadores || !reconocedor.disponible()) {
            return;
        }
        try {
            if (!trabajador.hayTrabajo()) {
                return;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "No se pudo consultar la cola de OCR; se reintenta", e);
            return;
        }
        while (activos.get() < trabajadores) {
            activos.incrementAndGet();
            hilos.execute(() -> {
                try {
                    trabajador.trabajarMientrasHaya();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Un trabajador de OCR se detuvo; se reinicia en la siguiente revisión", e);
                } finally {
                    activos.decrementAndGet();
                }
            });
        }
    }
}
