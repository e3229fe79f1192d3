package mx.gob.imss.siade.plazos;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Business-day arithmetic (días hábiles): Saturdays, Sundays and the days of the holiday calendar
 * are inhábiles. Immutable; built from the día-inhábil table by {@link PlazoService}.
 */
public final class CalendarioHabil {

    private final Set<LocalDate> inhabiles;

    public CalendarioHabil(Collection<LocalDate> diasInhabiles) {
        this.inhabiles = Set.copyOf(new TreeSet<>(diasInhabiles));
    }

    public boolean esHabil(LocalDate fecha) {
        DayOfWeek dia = fecha.getDayOfWeek();
        return dia != DayOfWeek.SATURDAY && dia != DayOfWeek.SUNDAY && !inhabiles.contains(fecha);
    }

    /**
     * The date {@code dias} business days after {@code desde}: the count starts the next day, as
     * deadlines are read ("3 días hábiles después del envío"). Zero gives {@code desde} itself,
     * or the next business day when {@code desde} is inhábil.
     */
    public LocalDate sumarDiasHabiles(LocalDate desde, int dias) {
        if (dias < 0) {
            throw new IllegalArgumentException("dias no puede ser negativo: " + dias);
        }
        LocalDate fecha = desde;
        if (dias == 0) {
            while (!esHabil(fecha)) {
                fecha = fecha.plusDays(1);
            }
            return fecha;
        }
        int contados = 0;
        while (contados < dias) {
            fecha = fecha.plusDays(1);
            if (esHabil(fecha)) {
                contados++;
            }
        }
        return fecha;
    }

    /** Calendar days (días naturales) count every day, holidays included. */
    public LocalDate sumarDiasNaturales(LocalDate desde, int dias) {
        if (dias < 0) {
            throw new IllegalArgumentException("dias no puede ser negativo: " + dias);
        }
        return desde.plusDays(dias);
    }

    /**
     * Business days after {@code desde} up to and including {@code hasta}; negative when
     * {@code hasta} is before {@code desde}.
     */
    public int diasHabilesEntre(LocalDate desde, LocalDate hasta) {
        if (hasta.isBefore(desde)) {
            return -diasHabilesEntre(hasta, desde);
        }
        int cuenta = 0;
        for (LocalDate fecha = desde.plusDays(1); !fecha.isAfter(hasta); fecha = fecha.plusDays(1)) {
            if (esHabil(fecha)) {
                cuenta++;
            }
        }
        return cuenta;
    }
}
