package mx.gob.imss.siade.personas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NssTest {

    @ParameterizedTest
    @ValueSource(strings = {"12345678903", "01087432108", "42999012349", "9876543210-3", "1234 567 8903"})
    void aceptaNssConDigitoVerificadorCorrecto(String capturado) {
        assertEquals(11, Nss.de(capturado).valor().length());
    }

    @Test
    void rechazaNssConDigitoVerificadorErroneo() {
        DatoPersonalInvalidoException e = assertThrows(DatoPersonalInvalidoException.class, () -> Nss.de("12345678904"));
        assertEquals("error.nss.digito", e.clave());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1234567890", "123456789012", "1234567890A"})
    void rechazaNssConFormatoInvalido(String capturado) {
        DatoPersonalInvalidoException e = assertThrows(DatoPersonalInvalidoException.class, () -> Nss.de(capturado));
        assertEquals("error.nss.formato", e.clave());
    }

    @Test
    void rechazaNssNulo() {
        assertThrows(DatoPersonalInvalidoException.class, () -> Nss.de(null));
    }

    @Test
    void enmascaraTodoMenosLosUltimosCuatroDigitos() {
        assertEquals("*******8903", Nss.de("12345678903").enmascarado());
    }
}
