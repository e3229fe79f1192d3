package mx.gob.imss.siade.personas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CurpTest {

    @ParameterizedTest
    @ValueSource(strings = {"GODE561231HDFNRR00", "PEPJ800101HDFRRN03", "LOMA900215MJCPRN00", "pxne660720hmcxtn06"})
    void aceptaCurpConEstructuraYDigitoCorrectos(String capturada) {
        assertEquals(18, Curp.de(capturada).valor().length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GODE561231HDFNRR01", "PEPJ800101HDFRRN09"})
    void rechazaCurpConDigitoVerificadorErroneo(String capturada) {
        assertEquals("error.curp.digito",
                assertThrows(DatoPersonalInvalidoException.class, () -> Curp.de(capturada)).clave());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GODE561331HDFNRR00", "GODE561231HXXNRR00", "GODE561231HDFNRR0", "G0DE561231HDFNRR00", ""})
    void rechazaCurpConEstructuraInvalida(String capturada) {
        assertEquals("error.curp.formato",
                assertThrows(DatoPersonalInvalidoException.class, () -> Curp.de(capturada)).clave());
    }
}
