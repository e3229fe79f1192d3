package mx.gob.imss.siade.plazos;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The federal días inhábiles of a year (Ley Federal del Trabajo, art. 74), with the movable ones:
 * first Monday of February, third Monday of March and of November. The administrador loads them
 * into the calendar with the days the institute publishes; this class only proposes them.
 * (The 1 October of each sixth year, transmission of the federal executive, is added by hand.)
 */
public final class DiasInhabilesFederales {

    private DiasInhabilesFederales() {
    }

    public static Map<LocalDate, String> delAnio(int anio) {
        Map<LocalDate, String> dias = new LinkedHashMap<>();
        dias.put(LocalDate.of(anio, Month.JANUARY, 1), "Año Nuevo");
        dias.put(lunes(anio, Month.FEBRUARY, 1), "Día de la Constitución (primer lunes de febrero)");
        dias.put(lunes(anio, Month.MARCH, 3), "Natalicio de Benito Juárez (tercer lunes de marzo)");
        dias.put(LocalDate.of(anio, Month.MAY, 1), "Día del Trabajo");
        dias.put(LocalDate.of(anio, Month.SEPTEMBER, 16), "Día de la Independencia");
        dias.put(lunes(anio, Month.NOVEMBER, 3), "Día de la Revolución (tercer lunes de noviembre)");
        dias.put(LocalDate.of(anio, Month.DECEMBER, 25), "Navidad");
        return dias;
    }

    private static LocalDate lunes(int anio, Month mes, int ordinal) {
        return LocalDate.of(anio, mes, 1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, DayOfWeek.MONDAY));
    }
}
