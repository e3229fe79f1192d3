package mx.gob.imss.siade.plazos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarioHabilTest {

    /** Federal days of 2026 plus Holy Thursday and Friday, as the seed calendar has them. */
    private static CalendarioHabil calendario2026() {
        List<LocalDate> dias = new ArrayList<>(DiasInhabilesFederales.delAnio(2026).keySet());
        dias.add(LocalDate.of(2026, 4, 2));
        dias.add(LocalDate.of(2026, 4, 3));
        return new CalendarioHabil(dias);
    }

    @Test
    void losLunesMoviblesDe2026CaenDondeDebe() {
        var dias = DiasInhabilesFederales.delAnio(2026).keySet();
        assertTrue(dias.contains(LocalDate.of(2026, 2, 2)), "primer lunes de febrero");
        assertTrue(dias.contains(LocalDate.of(2026, 3, 16)), "tercer lunes de marzo");
        assertTrue(dias.contains(LocalDate.of(2026, 11, 16)), "tercer lunes de noviembre");
        assertEquals(7, dias.size());
    }

    @Test
    void losLunesMoviblesDe2027() {
        var dias = DiasInhabilesFederales.delAnio(2027).keySet();
        assertTrue(dias.contains(LocalDate.of(2027, 2, 1)));
        assertTrue(dias.contains(LocalDate.of(2027, 3, 15)));
        assertTrue(dias.contains(LocalDate.of(2027, 11, 15)));
    }

    @Test
    void finesDeSemanaYFestivosSonInhabiles() {
        CalendarioHabil c = calendario2026();
        assertFalse(c.esHabil(LocalDate.of(2026, 3, 14)), "sábado");
        assertFalse(c.esHabil(LocalDate.of(2026, 3, 15)), "domingo");
        assertFalse(c.esHabil(LocalDate.of(2026, 3, 16)), "natalicio de Juárez");
        assertTrue(c.esHabil(LocalDate.of(2026, 3, 17)));
    }

    @Test
    void tresDiasHabilesDesdeUnViernesSaltanElFinDeSemanaYElLunesFestivo() {
        // Friday 13 March 2026 + 3 business days: Tue 17, Wed 18, Thu 19.
        assertEquals(LocalDate.of(2026, 3, 19), calendario2026().sumarDiasHabiles(LocalDate.of(2026, 3, 13), 3));
    }

    @Test
    void semanaSantaNoCuenta() {
        // Wednesday 1 April 2026 + 1 business day: Thu 2 and Fri 3 are inhábiles, so Monday 6.
        assertEquals(LocalDate.of(2026, 4, 6), calendario2026().sumarDiasHabiles(LocalDate.of(2026, 4, 1), 1));
    }

    @Test
    void diasNaturalesCuentanTodo() {
        assertEquals(LocalDate.of(2026, 12, 27), calendario2026().sumarDiasNaturales(LocalDate.of(2026, 12, 24), 3));
    }

    @Test
    void ceroDiasHabilesDesdeUnDomingoEsElLunesSiguiente() {
        assertEquals(LocalDate.of(2026, 5, 4), calendario2026().sumarDiasHabiles(LocalDate.of(2026, 5, 1), 0));
    }

    @Test
    void cuentaDiasHabilesEntreFechas() {
        CalendarioHabil c = calendario2026();
        assertEquals(3, c.diasHabilesEntre(LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 19)));
        assertEquals(-3, c.diasHabilesEntre(LocalDate.of(2026, 3, 19), LocalDate.of(2026, 3, 13)));
        assertEquals(0, c.diasHabilesEntre(LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 16)));
        // December 2026: 23 weekdays, minus Christmas.
        assertEquals(22, c.diasHabilesEntre(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 31)));
    }

    @Test
    void sumarYContarSonInversos() {
        CalendarioHabil c = calendario2026();
        LocalDate inicio = LocalDate.of(2026, 1, 2);
        for (int n = 1; n <= 60; n++) {
            assertEquals(n, c.diasHabilesEntre(inicio, c.sumarDiasHabiles(inicio, n)), "n=" + n);
        }
    }

    @Test
    void rechazaDiasNegativos() {
        assertThrows(IllegalArgumentException.class, () -> calendario2026().sumarDiasHabiles(LocalDate.of(2026, 1, 5), -1));
    }

    @Test
    void semaforo() {
        CalendarioHabil c = calendario2026();
        LocalDate hoy = LocalDate.of(2026, 3, 10);
        assertEquals(Semaforo.SIN_PLAZO, Semaforo.de(null, hoy, c));
        assertEquals(Semaforo.ROJO, Semaforo.de(LocalDate.of(2026, 3, 9), hoy, c));
        assertEquals(Semaforo.AMARILLO, Semaforo.de(LocalDate.of(2026, 3, 12), hoy, c));
        assertEquals(Semaforo.AMARILLO, Semaforo.de(hoy, hoy, c));
        assertEquals(Semaforo.VERDE, Semaforo.de(LocalDate.of(2026, 3, 20), hoy, c));
    }
}
