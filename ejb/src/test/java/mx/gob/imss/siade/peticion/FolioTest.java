package mx.gob.imss.siade.peticion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FolioTest {

    @Test
    void generaFolioConAnioConsecutivoYDigitoVerificador() {
        Folio folio = Folio.generar(2026, 1234);
        assertEquals("2026-0001234-", folio.valor().substring(0, 13));
        assertEquals(folio, Folio.de(folio.valor()));
    }

    @Test
    void aceptaFolioCapturadoSinGuionesNiEspacios() {
        Folio folio = Folio.generar(2026, 42);
        assertEquals(folio, Folio.de(" " + folio.valor().replace("-", " ") + " "));
    }

    @Test
    void rechazaCualquierDigitoCambiado() {
        String valido = Folio.generar(2026, 987654).valor().replace("-", "");
        for (int i = 0; i < valido.length(); i++) {
            char original = valido.charAt(i);
            char cambiado = (char) ('0' + (original - '0' + 1) % 10);
            String erroneo = valido.substring(0, i) + cambiado + valido.substring(i + 1);
            assertThrows(FolioInvalidoException.class, () -> Folio.de(erroneo), "posición " + i);
        }
    }

    @Test
    void rechazaDosDigitosVecinosIntercambiados() {
        String valido = Folio.generar(2026, 1234567).valor().replace("-", "");
        for (int i = 0; i < valido.length() - 1; i++) {
            if (valido.charAt(i) != valido.charAt(i + 1)) {
                String erroneo = valido.substring(0, i) + valido.charAt(i + 1) + valido.charAt(i) + valido.substring(i + 2);
                assertThrows(FolioInvalidoException.class, () -> Folio.de(erroneo), "posición " + i);
            }
        }
    }

    @Test
    void rechazaFolioConLetrasOLongitudIncorrecta() {
        assertThrows(FolioInvalidoException.class, () -> Folio.de("2026-000A234-1"));
        assertThrows(FolioInvalidoException.class, () -> Folio.de("2026-0001234"));
        assertThrows(FolioInvalidoException.class, () -> Folio.de(null));
    }

    @Test
    void noGeneraConsecutivosFueraDeRango() {
        assertThrows(IllegalArgumentException.class, () -> Folio.generar(2026, 0));
        assertThrows(IllegalArgumentException.class, () -> Folio.generar(2026, 10_000_000L));
    }
}
