package mx.gob.imss.siade.pruebas;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import mx.gob.imss.siade.infra.Tiempo;

/**
 * Test deployments only: the application's one clock, which a test can move (to a Saturday night for
 * the libreta de enlace, days ahead for a deadline) and must put back ({@link #restablecer}). Replaces
 * {@code RelojProducer} as an enabled alternative; with no offset it is the system clock.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class RelojMovible {

    private static volatile Duration desfase = Duration.ZERO;

    /** Its producer is an alternative because its class is one (enabled for the application by the priority). */
    @Produces
    @ApplicationScoped
    Clock reloj() {
        return new Movible(Tiempo.ZONA_MEXICO);
    }

    /** From now on the application's "now" is {@code instante} (and runs on from there). */
    public static void fijar(Instant instante) {
        desfase = Duration.between(Instant.now(), instante);
    }

    public static void restablecer() {
        desfase = Duration.ZERO;
    }

    private static final class Movible extends Clock {
        private final ZoneId zona;

        Movible(ZoneId zona) {
            this.zona = zona;
        }

        @Override
        public ZoneId getZone() {
            return zona;
        }

        @Override
        public Clock withZone(ZoneId otra) {
            return new Movible(otra);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(desfase);
        }
    }
}
