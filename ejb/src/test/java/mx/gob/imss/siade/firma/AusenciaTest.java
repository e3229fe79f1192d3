package mx.gob.imss.siade.firma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import mx.gob.imss.siade.seguridad.Rol;
import mx.gob.imss.siade.seguridad.Usuario;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Absence dates (5.70): in force on both ends, never outside, no overlap for one titular. */
class AusenciaTest {

    static final Usuario DAC = new Usuario("titular.dac", "Patricia", null, "x", null, EnumSet.of(Rol.TITULAR_DAC),
            OffsetDateTime.now());
    static final Usuario SUPLENTE = new Usuario("suplente", "Alberto", null, "x", null, EnumSet.of(Rol.SUPERVISOR),
            OffsetDateTime.now());

    static Ausencia del(int desde, int hasta) {
        return new Ausencia(DAC, SUPLENTE, LocalDate.of(2026, 12, desde), LocalDate.of(2026, 12, hasta), null, "admin",
                OffsetDateTime.now());
    }

    @Test
    @DisplayName("Vale del primero al último día, ambos incluidos; fuera de las fechas no tiene efecto")
    void cubre() {
        Ausencia a = del(7, 11);
        assertFalse(a.cubre(LocalDate.of(2026, 12, 6)));
        assertTrue(a.cubre(LocalDate.of(2026, 12, 7)));
        assertTrue(a.cubre(LocalDate.of(2026, 12, 11)));
        assertFalse(a.cubre(LocalDate.of(2026, 12, 12)));
        a.cancelar();
        assertFalse(a.cubre(LocalDate.of(2026, 12, 8)), "cancelada, ya no cuenta");
    }

    @Test
    @DisplayName("Dos ausencias de un titular no se traslapan, ni compartiendo un solo día")
    void traslapes() {
        assertTrue(del(7, 11).seTraslapaCon(del(11, 15)));
        assertTrue(del(7, 11).seTraslapaCon(del(1, 7)));
        assertTrue(del(7, 11).seTraslapaCon(del(8, 9)));
        assertFalse(del(7, 11).seTraslapaCon(del(12, 15)));
        Ausencia cancelada = del(7, 11);
        cancelada.cancelar();
        assertFalse(cancelada.seTraslapaCon(del(8, 9)));
    }

    @Test
    @DisplayName("Fechas al revés o suplirse a sí mismo: rechazado")
    void invalidas() {
        assertEquals("error.ausencia.fechas", assertThrows(FirmaRechazadaException.class, () -> del(11, 7)).clave());
        assertEquals("error.ausencia.mismaPersona", assertThrows(FirmaRechazadaException.class,
                () -> new Ausencia(DAC, DAC, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), null, "admin",
                        OffsetDateTime.now())).clave());
    }
}
