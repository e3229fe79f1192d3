package mx.gob.imss.siade.infra;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** An administrador's template is hostile until bounded, and every failure is said in Spanish with line and field. */
class PlantillasTest {

    private static final ExecutorService HILOS = Executors.newCachedThreadPool();
    private final Plantillas plantillas = new Plantillas(HILOS, 1);

    @AfterAll
    static void cerrar() {
        HILOS.shutdownNow();
    }

    @Test
    void combinaLosCamposEscapandoHtml() {
        assertEquals("<p>Folio 2026-1 &amp; &lt;b&gt;</p>",
                plantillas.procesarTexto("el texto", "<p>Folio ${folio}</p>", Map.of("folio", "2026-1 & <b>")));
    }

    @Test
    void unCampoSinValorDetieneElDocumentoNombrandoElCampoYLaLinea() {
        PlantillaRechazadaException e = assertThrows(PlantillaRechazadaException.class, () -> plantillas.procesarTexto(
                "el texto", "<p>Hola</p>\n<p>le solicitamos el ${fechaSolicitud} los datos</p>", Map.of("folio", "x")));
        assertEquals("error.plantilla.campoSinValor", e.clave());
        assertArrayEquals(new Object[] {"fechaSolicitud", 2, "el texto"}, e.argumentos());
    }

    @Test
    void unErrorDeEscrituraDiceLineaYColumna() {
        PlantillaRechazadaException e = assertThrows(PlantillaRechazadaException.class,
                () -> plantillas.procesarTexto("el asunto", "uno\ndos <#if folio>sin cerrar", Map.of("folio", "x")));
        assertEquals("error.plantilla.sintaxis", e.clave());
        assertEquals(2, e.argumentos()[0]);
        assertEquals("el asunto", e.argumentos()[2]);
    }

    @Test
    void unaRepeticionQueEscribeSinFinSeDetienePorTamano() {
        PlantillaRechazadaException e = assertThrows(PlantillaRechazadaException.class, () -> plantillas.procesarTexto(
                "el texto", "<#list 1..100000000 as i>relleno ${i} </#list>", Map.of()));
        assertEquals("error.plantilla.tamano", e.clave());
    }

    @Test
    void unaRepeticionSinSalidaSeDetienePorTiempo() {
        PlantillaRechazadaException e = assertThrows(PlantillaRechazadaException.class, () -> plantillas.procesarTexto(
                "el texto", "<#list 1..100000000000 as i><#assign x = i * 2></#list>", Map.of()));
        assertEquals("error.plantilla.tiempo", e.clave());
        assertTrue(HILOS instanceof java.util.concurrent.ThreadPoolExecutor t && waitIdle(t), "el hilo se detuvo");
    }

    /** The interrupted worker ends (FreeMarker checks the interruption between loop steps). */
    private static boolean waitIdle(java.util.concurrent.ThreadPoolExecutor hilos) {
        for (int i = 0; i < 2000 && hilos.getActiveCount() > 0; i++) {
            Thread.onSpinWait();
            try {
                hilos.awaitTermination(1, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return hilos.getActiveCount() == 0;
    }
}
