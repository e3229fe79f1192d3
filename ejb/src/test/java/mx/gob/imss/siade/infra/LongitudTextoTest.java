package mx.gob.imss.siade.infra;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Limits count characters as the user sees them, accents and 4-byte symbols alike. */
class LongitudTextoTest {

    @Test
    void cuatroMilCaracteresConAcentoCaben() {
        String texto = "é".repeat(LongitudTexto.LARGO); // 8000 bytes in UTF-8: too many for a VARCHAR2(4000 CHAR)
        assertEquals(texto, LongitudTexto.exigir("Respuesta", texto, LongitudTexto.LARGO));
    }

    @Test
    void unoMasSeRechazaConElCampoYLasCifras() {
        LongitudTexto.TextoDemasiadoLargoException e = assertThrows(LongitudTexto.TextoDemasiadoLargoException.class,
                () -> LongitudTexto.exigir("Respuesta", "ñ".repeat(LongitudTexto.LARGO + 1), LongitudTexto.LARGO));
        assertEquals("error.texto.largo", e.clave());
        assertArrayEquals(new Object[] {"Respuesta", LongitudTexto.LARGO, LongitudTexto.LARGO + 1}, e.argumentos());
    }

    @Test
    void unSimboloDeCuatroBytesCuentaComoUnCaracter() {
        String emojis = "\uD83D\uDCC4".repeat(LongitudTexto.MEDIANO); // 4000 UTF-16 units, 2000 characters
        assertEquals(emojis, LongitudTexto.exigir("Nota", emojis, LongitudTexto.MEDIANO));
    }
}
