package mx.gob.imss.siade.seguridad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PoliticaContrasenaTest {

    @Test
    @DisplayName("Cada regla de la política rechaza con su mensaje; una frase larga con tres clases pasa")
    void reglas() {
        assertEquals(Optional.of("error.contrasena.corta"), PoliticaContrasena.incumple("Corta.12", "ana"));
        assertEquals(Optional.of("error.contrasena.corta"), PoliticaContrasena.incumple(null, "ana"));
        assertEquals(Optional.of("error.contrasena.larga"), PoliticaContrasena.incumple("Aa1" + "x".repeat(130), "ana"));
        assertEquals(Optional.of("error.contrasena.clases"), PoliticaContrasena.incumple("solominusculasylargas", "ana"));
        assertEquals(Optional.of("error.contrasena.usuario"), PoliticaContrasena.incumple("Mi.Consultora.2027", "consultora"));
        assertEquals(Optional.of("error.contrasena.comun"), PoliticaContrasena.incumple("Password1234", "ana"));
        assertEquals(Optional.empty(), PoliticaContrasena.incumple("Guanábana en el jardín 7", "pedro"));
        assertEquals(Optional.empty(), PoliticaContrasena.incumple("Oficio.Firmado.2026", "consultor"));
    }

    @Test
    @DisplayName("Las contraseñas temporales cumplen la política y no se repiten")
    void temporales() {
        java.util.Set<String> vistas = new java.util.HashSet<>();
        for (int i = 0; i < 500; i++) {
            String t = PoliticaContrasena.temporal();
            assertEquals(16, t.length());
            assertEquals(Optional.empty(), PoliticaContrasena.incumple(t, "usuario"), t);
            assertTrue(vistas.add(t));
        }
    }
}
