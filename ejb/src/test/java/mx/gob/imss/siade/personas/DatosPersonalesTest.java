package mx.gob.imss.siade.personas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DatosPersonalesTest {

    @Test
    void tratarTextoVacioComoDatoAusente() {
        DatosPersonales d = new DatosPersonales(null, null, null, "  ", "", null);
        assertNull(d.telefono());
        assertFalse(d.tieneContacto());
    }

    @Test
    void telefonoOCorreoBastanComoContacto() {
        assertTrue(new DatosPersonales(null, null, null, "(55) 1234-5678", null, null).tieneContacto());
        assertTrue(new DatosPersonales(null, null, null, null, "ana@example.com", null).tieneContacto());
    }

    @Test
    void rechazaCorreoSinArroba() {
        assertEquals("error.correo.formato", assertThrows(DatoPersonalInvalidoException.class,
                () -> new DatosPersonales(null, null, null, null, "ana.example.com", null)).clave());
    }

    @Test
    void rechazaTelefonoCorto() {
        assertEquals("error.telefono.formato", assertThrows(DatoPersonalInvalidoException.class,
                () -> new DatosPersonales(null, null, null, "12345", null, null)).clave());
    }

    @Test
    void normalizaNombreSinAcentosNiEspaciosRepetidos() {
        assertEquals("JOSE MARIA PENA NUNEZ", NombreNormalizado.de("  José  María Peña   Núñez "));
    }
}
