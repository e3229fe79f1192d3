package mx.gob.imss.siade.plazos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Federal días inhábiles count in any year, seeded or not. */
class CalendarioRepositoryTest {

    @Test
    void unAnioSinSembrarSaltaLosFederales() {
        CalendarioHabil calendario = CalendarioRepository.conFederales(List.of(), 2030, 2032);
        assertFalse(calendario.esHabil(LocalDate.of(2031, 1, 1)), "Año Nuevo");
        assertFalse(calendario.esHabil(LocalDate.of(2031, 2, 3)), "primer lunes de febrero de 2031");
        assertFalse(calendario.esHabil(LocalDate.of(2031, 3, 17)), "tercer lunes de marzo de 2031");
        assertFalse(calendario.esHabil(LocalDate.of(2031, 11, 17)), "tercer lunes de noviembre de 2031");
        assertTrue(calendario.esHabil(LocalDate.of(2031, 2, 4)));
        // Friday 31 Jan 2031 + 1 día hábil skips the weekend and Monday 3 Feb (Constitución).
        assertEquals(LocalDate.of(2031, 2, 4), calendario.sumarDiasHabiles(LocalDate.of(2031, 1, 31), 1));
    }

    @Test
    void losGuardadosSeSumanALosCalculados() {
        CalendarioHabil calendario = CalendarioRepository.conFederales(List.of(LocalDate.of(2031, 4, 10)), 2031, 2031);
        assertFalse(calendario.esHabil(LocalDate.of(2031, 4, 10)), "institucional guardado");
        assertFalse(calendario.esHabil(LocalDate.of(2031, 5, 1)), "federal calculado");
    }
}
