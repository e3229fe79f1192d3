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

    /**
     * Another key never recovers the value. Usually jasypt refuses (bad padding); about once in 256 the
     * padding happens to look valid and it returns garbage instead (AES-CBC carries no integrity check:
     * see docs/decisiones.md) — so the test asks for "not the value", not for an exception.
     */
    @Test
    void otraClaveNoDescifra() {
        CifradoDatosPersonales otra = new CifradoDatosPersonales("otra-clave-de-prueba-99");
        for (int i = 0; i < 200; i++) {
            String c = cifrado.cifrar("dato personal " + i);
            String recuperado;
            try {
                recuperado = otra.descifrar(c);
            } catch (RuntimeException e) {
                recuperado = null;
            }
            assertNotEquals("dato personal " + i, recuperado);
        }
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
