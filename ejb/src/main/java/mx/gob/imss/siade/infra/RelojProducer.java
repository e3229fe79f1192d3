package mx.gob.imss.siade.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one clock of the application, so tests and timers can reason about "now" explicitly. */
@ApplicationScoped
public class RelojProducer {

    @Produces
    @ApplicationScoped
    public Clock reloj() {
        return Clock.system(Tiempo.ZONA_MEXICO);
    }
}
