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

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.DisplayName("Rechaza un RFC con fecha imposible (31 de febrero) aunque su dígito cuadre")
    void rechazaFechaImposible() {
        String sinDigito = "GODE560231HD";
        assertEquals("error.rfc.fecha", assertThrows(DatoPersonalInvalidoException.class,
                () -> Rfc.de(sinDigito + Rfc.digitoVerificador(sinDigito))).clave());
    }
}
