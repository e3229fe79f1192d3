package mx.gob.imss.siade.personas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RfcTest {

    @Test
    void aceptaRfcDePersonaFisicaConHomoclaveValida() {
        assertFalse(Rfc.de("gode561231gr8").esPersonaMoral());
    }

    @Test
    void aceptaRfcDePersonaMoral() {
        assertTrue(Rfc.de("IMS421231I45").esPersonaMoral());
    }

    @Test
    void rechazaRfcConDigitoVerificadorErroneo() {
        assertEquals("error.rfc.digito",
                assertThrows(DatoPersonalInvalidoException.class, () -> Rfc.de("GODE561231GR9")).clave());
    }

    @Test
    void rechazaRfcConFechaImposible() {
        assertEquals("error.rfc.formato",
                assertThrows(DatoPersonalInvalidoException.class, () -> Rfc.de("GODE561331GR8")).clave());
    }
}
