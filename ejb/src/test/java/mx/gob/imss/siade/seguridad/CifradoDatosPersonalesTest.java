package mx.gob.imss.siade.seguridad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import mx.gob.imss.siade.infra.Secretos;
import org.junit.jupiter.api.Test;

class CifradoDatosPersonalesTest {

    private final CifradoDatosPersonales cifrado = new CifradoDatosPersonales("clave-de-prueba-123456");

    @Test
    void cifraYDescifraSinDejarElTextoClaro() {
        String texto = "12345678903";
        String c = cifrado.cifrar(texto);
        assertFalse(c.contains(texto));
        assertEquals(texto, cifrado.descifrar(c));
    }

    @Test
    void elMismoValorDaCifradosDistintos() {
        assertNotEquals(cifrado.cifrar("5512345678"), cifrado.cifrar("5512345678"));
    }

    @Test
    void laHuellaEsEstableYDependeDelCampoYDeLaClave() {
        assertEquals(cifrado.huella("NSS", "12345678903"), cifrado.huella("NSS", "12345678903"));
        assertNotEquals(cifrado.huella("NSS", "12345678903"), cifrado.huella("CURP", "12345678903"));
        assertNotEquals(cifrado.huella("NSS", "12345678903"),
                new CifradoDatosPersonales("otra-clave-de-prueba-99").huella("NSS", "12345678903"));
        assertEquals(64, cifrado.huella("NSS", "12345678903").length());
    }

    @Test
    void otraClaveNoDescifra() {
        String c = cifrado.cifrar("dato");
        assertThrows(RuntimeException.class, () -> new CifradoDatosPersonales("otra-clave-de-prueba-99").descifrar(c));
    }

    @Test
    void nulosPasanComoNulos() {
        assertNull(cifrado.cifrar(null));
        assertNull(cifrado.descifrar(null));
    }

    @Test
    void rechazaClaveCorta() {
        assertThrows(IllegalStateException.class, () -> new CifradoDatosPersonales("corta"));
    }

    @Test
    void losSecretosDeConfiguracionSeDescifranConLaClaveMaestra() {
        Secretos secretos = new Secretos("clave-maestra-de-prueba");
        String enc = secretos.cifrar("contrasena-oracle");
        assertEquals("contrasena-oracle", secretos.valor(enc));
        assertEquals("texto-claro", secretos.valor("texto-claro"));
        assertThrows(IllegalStateException.class, () -> new Secretos(" "));
    }
}
