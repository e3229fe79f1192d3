package mx.gob.imss.siade.gestion;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import mx.gob.imss.siade.plazos.CalendarioHabil;

/**
 * The shifts that write the Libreta de enlace (5.38): night on a business day, weekend, holiday. During
 * the day shift of a business day there is none (the jefe de área is there), so nothing is written.
 */
public enum TurnoLibreta {
    NOCTURNO,
    FIN_DE_SEMANA,
    DIA_FESTIVO;

    /** The shift at {@code momento} (Mexico City time), or empty in the day shift [inicio, fin) of a business day. */
    public static Optional<TurnoLibreta> de(ZonedDateTime momento, CalendarioHabil calendario, LocalTime inicioDiurno,
                                            LocalTime finDiurno) {
        DayOfWeek dia = momento.getDayOfWeek();
        if (dia == DayOfWeek.SATURDAY || dia == DayOfWeek.SUNDAY) {
            return Optional.of(FIN_DE_SEMANA);
        }
        if (!calendario.esHabil(momento.toLocalDate())) {
            return Optional.of(DIA_FESTIVO);
        }
        LocalTime hora = momento.toLocalTime();
        return hora.isBefore(inicioDiurno) || !hora.isBefore(finDiurno) ? Optional.of(NOCTURNO) : Optional.empty();
    }
}
