package mx.gob.imss.siade.personas;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TelefonoTest {

    @Test
    void comoLaGenteLosEscribe() {
        assertTrue(Telefono.valido("55 1234 5678"));
        assertTrue(Telefono.valido("+52 (33) 1234-5678"));
        assertFalse(Telefono.valido("123456"), "menos de 7");
        assertFalse(Telefono.valido("55-1234-5678 ext 2"), "letras");
        assertFalse(Telefono.valido(null));
        assertFalse(Telefono.valido("1".repeat(21)), "más de 20");
    }
}
