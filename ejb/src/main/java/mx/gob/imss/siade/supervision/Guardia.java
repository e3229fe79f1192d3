package mx.gob.imss.siade.supervision;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import mx.gob.imss.siade.plazos.CalendarioHabil;

/**
 * A guard shift (night, weekend, holiday; 5.38, 5.49) as an interval of instants, the end excluded: from
 * the end of the day shift of one business day to the start of the day shift of the next.
 */
public record Guardia(OffsetDateTime desde, OffsetDateTime hasta) implements Serializable {

    /**
     * The guard whose cases are reassigned now. On a business day: the one that ended this morning at
     * {@code inicio} (also while it is still running, before {@code inicio}: then up to now). On a weekend or
     * holiday: the one running, up to now.
     */
    public static Guardia anterior(ZonedDateTime ahora, CalendarioHabil calendario, LocalTime inicio, LocalTime fin) {
        LocalDate hoy = ahora.toLocalDate();
        LocalDate previo = hoy.minusDays(1);
        while (!calendario.esHabil(previo)) {
            previo = previo.minusDays(1);
        }
        ZonedDateTime desde = previo.atTime(fin).atZone(ahora.getZone());
        ZonedDateTime inicioHoy = hoy.atTime(inicio).atZone(ahora.getZone());
        ZonedDateTime hasta = calendario.esHabil(hoy) && !ahora.isBefore(inicioHoy) ? inicioHoy : ahora;
        return new Guardia(desde.toOffsetDateTime(), hasta.toOffsetDateTime());
    }
}
