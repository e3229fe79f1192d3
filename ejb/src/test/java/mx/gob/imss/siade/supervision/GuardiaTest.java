package mx.gob.imss.siade.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.plazos.CalendarioHabil;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GuardiaTest {

    /** Monday 16 Nov 2026 is a holiday (Revolución). */
    private final CalendarioHabil calendario = new CalendarioHabil(List.of(LocalDate.of(2026, 11, 16)));
    private static final LocalTime INICIO = LocalTime.of(8, 0);
    private static final LocalTime FIN = LocalTime.of(20, 0);

    private Guardia en(int mes, int dia, int hora, int minuto) {
        return Guardia.anterior(ZonedDateTime.of(LocalDateTime.of(2026, mes, dia, hora, minuto), Tiempo.ZONA_MEXICO),
                calendario, INICIO, FIN);
    }

    private static ZonedDateTime mx(int mes, int dia, int hora, int minuto) {
        return ZonedDateTime.of(LocalDateTime.of(2026, mes, dia, hora, minuto), Tiempo.ZONA_MEXICO);
    }

    @Test
    @DisplayName("Un martes a las 10: la guardia de anoche, del lunes 20:00 al martes 08:00")
    void nocheEntreSemana() {
        Guardia g = en(11, 24, 10, 0);
        assertEquals(mx(11, 23, 20, 0).toOffsetDateTime(), g.desde());
        assertEquals(mx(11, 24, 8, 0).toOffsetDateTime(), g.hasta());
    }

    @Test
    @DisplayName("El martes tras un lunes festivo: desde el viernes 20:00, todo el fin de semana largo")
    void finDeSemanaLargo() {
        Guardia g = en(11, 17, 9, 30);
        assertEquals(mx(11, 13, 20, 0).toOffsetDateTime(), g.desde());
        assertEquals(mx(11, 17, 8, 0).toOffsetDateTime(), g.hasta());
    }

    @Test
    @DisplayName("Un sábado, o un día hábil antes de las 8: la guardia en curso, hasta ahora")
    void enCurso() {
        Guardia sabado = en(11, 21, 12, 0);
        assertEquals(mx(11, 20, 20, 0).toOffsetDateTime(), sabado.desde());
        assertEquals(mx(11, 21, 12, 0).toOffsetDateTime(), sabado.hasta());
        Guardia madrugada = en(11, 25, 6, 15);
        assertEquals(mx(11, 24, 20, 0).toOffsetDateTime(), madrugada.desde());
        assertEquals(mx(11, 25, 6, 15).toOffsetDateTime(), madrugada.hasta());
    }
}
