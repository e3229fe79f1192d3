package mx.gob.imss.siade.datoscomplementarios;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.logging.Logger;

/**
 * Every ten minutes, on every node, concludes the petitions whose missing data expired. Not a
 * persistent timer: after a restart it simply runs again, and the work is idempotent.
 */
@Singleton
@PermitAll
public class VencimientoSolicitudes {

    private static final Logger LOG = Logger.getLogger(VencimientoSolicitudes.class.getName());

    @EJB
    private ConclusionPorVencimiento conclusion;

    @Inject
    private Clock reloj;

    @Schedule(hour = "*", minute = "*/10", persistent = false, info = "Conclusión por falta de información")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void revisar() {
        int concluidas = concluirVencidas(OffsetDateTime.now(reloj));
        if (concluidas > 0) {
            LOG.info(() -> concluidas + " peticiones concluidas por falta de información");
        }
    }

    /** Concludes what expired by {@code ahora}; the clock is a parameter so tests can move it. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int concluirVencidas(OffsetDateTime ahora) {
        int concluidas = 0;
        for (Long id : conclusion.vencidas(ahora)) {
            if (conclusion.concluir(id, ahora)) {
                concluidas++;
            }
        }
        return concluidas;
    }
}
