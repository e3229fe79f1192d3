package mx.gob.imss.siade.indicadores;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every few seconds brings the indicators' summaries up to date from their outbox, in batches. Restart-safe:
 * tasks left by a stop are simply taken at the next run (the first run after the V22 migration takes every
 * case there is).
 */
@Singleton
@PermitAll
public class ActualizacionIndicadores {

    static final int LOTE = 500;

    private static final Logger LOG = Logger.getLogger(ActualizacionIndicadores.class.getName());

    @EJB
    private LoteIndicadores lote;

    @Inject
    private mx.gob.imss.siade.infra.MigracionEsquema migracion;

    /** Off only for the benchmark, which builds the summaries itself to time it. */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "siade.indicadores.automatico", defaultValue = "true")
    private boolean automatico;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false, info = "Indicadores")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void revisar() {
        if (!automatico || !migracion.completa()) {
            return;
        }
        try {
            ponerAlDia();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "No se pudieron poner al día los indicadores; se reintenta", e);
        }
    }

    /** Takes every pending task now (tests and the benchmark call it instead of waiting). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int ponerAlDia() {
        int total = 0;
        int hechas;
        do {
            hechas = lote.aplicar(LOTE);
            total += hechas;
        } while (hechas == LOTE);
        return total;
    }
}
