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

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.DisplayName("Rechaza una CURP con fecha imposible (31 de febrero) aunque su dígito cuadre; acepta el 29 de febrero de un año bisiesto")
    void rechazaFechaImposible() {
        String sinDigito = "LOMA900231MJCPRN0";
        assertEquals("error.curp.fecha", assertThrows(DatoPersonalInvalidoException.class,
                () -> Curp.de(sinDigito + Curp.digitoVerificador(sinDigito))).clave());
        String bisiesto = "LOMA960229MJCPRN0";
        assertEquals(18, Curp.de(bisiesto + Curp.digitoVerificador(bisiesto)).valor().length());
        String noBisiesto = "LOMA970229MJCPRN0";
        assertEquals("error.curp.fecha", assertThrows(DatoPersonalInvalidoException.class,
                () -> Curp.de(noBisiesto + Curp.digitoVerificador(noBisiesto))).clave());
    }
}
