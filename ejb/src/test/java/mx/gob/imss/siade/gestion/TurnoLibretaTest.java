package mx.gob.imss.siade.gestion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.plazos.CalendarioHabil;
import org.junit.jupiter.api.Test;

class TurnoLibretaTest {

    /** 16 Nov 2026 is the third Monday of November (Revolution day, inhábil). */
    private final CalendarioHabil calendario = new CalendarioHabil(List.of(LocalDate.of(2026, 11, 16)));

    private Optional<TurnoLibreta> a(int mes, int dia, int hora, int minuto) {
        return TurnoLibreta.de(ZonedDateTime.of(2026, mes, dia, hora, minuto, 0, 0, Tiempo.ZONA_MEXICO), calendario,
                LocalTime.of(8, 0), LocalTime.of(20, 0));
    }

    @Test
    void nocheDeDiaHabilYDiurnoSinLibreta() {
        assertEquals(Optional.of(TurnoLibreta.NOCTURNO), a(11, 17, 7, 59));
        assertEquals(Optional.empty(), a(11, 17, 8, 0), "a las 8:00 empieza el turno diurno");
        assertEquals(Optional.empty(), a(11, 17, 19, 59));
        assertEquals(Optional.of(TurnoLibreta.NOCTURNO), a(11, 17, 20, 0));
    }

    @Test
    void finDeSemanaYFestivoTodoElDia() {
        assertEquals(Optional.of(TurnoLibreta.FIN_DE_SEMANA), a(11, 14, 12, 0));
        assertEquals(Optional.of(TurnoLibreta.FIN_DE_SEMANA), a(11, 15, 3, 0));
        assertEquals(Optional.of(TurnoLibreta.DIA_FESTIVO), a(11, 16, 12, 0));
    }
}
