package mx.gob.imss.siade.plazos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SemaforoTest {

    /** 16 Sep 2026 (Wednesday) is a holiday; so is Monday 16 Nov 2026. */
    private final CalendarioHabil calendario = new CalendarioHabil(List.of(LocalDate.of(2026, 9, 16),
            LocalDate.of(2026, 11, 16)));

    @Test
    @DisplayName("Los rangos de fechas que usa el filtro por semáforo dan el mismo color que cada fila, también entre días inhábiles")
    void rangosIgualAlColorDeLaFila() {
        for (LocalDate hoy = LocalDate.of(2026, 9, 10); hoy.isBefore(LocalDate.of(2026, 11, 25)); hoy = hoy.plusDays(1)) {
            LocalDate primerVerde = Semaforo.primerDiaVerde(hoy, calendario);
            for (LocalDate limite = hoy.minusDays(5); limite.isBefore(hoy.plusDays(15)); limite = limite.plusDays(1)) {
                Semaforo porRango = limite.isBefore(hoy) ? Semaforo.ROJO
                        : limite.isBefore(primerVerde) ? Semaforo.AMARILLO : Semaforo.VERDE;
                assertEquals(Semaforo.de(limite, hoy, calendario), porRango, "hoy " + hoy + ", límite " + limite);
            }
        }
    }

    @Test
    @DisplayName("Ejemplo a mano: el martes 15 de septiembre, con el 16 inhábil, el primer día verde es el lunes 21")
    void ejemploConFestivo() {
        // Business days after Tue 15: Thu 17 (1), Fri 18 (2), Mon 21 (3): a deadline on Fri 18 is still amarillo.
        assertEquals(LocalDate.of(2026, 9, 21), Semaforo.primerDiaVerde(LocalDate.of(2026, 9, 15), calendario));
        assertEquals(Semaforo.AMARILLO, Semaforo.de(LocalDate.of(2026, 9, 18), LocalDate.of(2026, 9, 15), calendario));
        assertEquals(Semaforo.SIN_PLAZO, Semaforo.de(null, LocalDate.of(2026, 9, 15), calendario));
    }
}
