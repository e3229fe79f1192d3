package mx.gob.imss.siade.documentos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GeneradorPdfTest {

    @Test
    @DisplayName("Una plantilla con imágenes y estilos de la red o del disco no hace que el servidor los pida (SSRF)")
    void noCargaRecursosExternos() throws Exception {
        AtomicInteger pedidos = new AtomicInteger();
        HttpServer servidor = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        servidor.createContext("/", intercambio -> {
            pedidos.incrementAndGet();
            intercambio.sendResponseHeaders(404, -1);
            intercambio.close();
        });
        servidor.start();
        try {
            String url = "http://127.0.0.1:" + servidor.getAddress().getPort();
            byte[] pdf = new GeneradorPdf().desdeXhtml("<html><head><link rel=\"stylesheet\" href=\"" + url + "/estilo.css\"/>"
                    + "<style>body { background: url('" + url + "/fondo.png'); }</style></head><body>"
                    + "<p>Oficio</p><img src=\"" + url + "/imagen.png\"/><img src=\"file:///etc/passwd\"/></body></html>");
            assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
            assertEquals(0, pedidos.get(), "el servidor no debe pedir nada a la red");
        } finally {
            servidor.stop(0);
        }
    }

    @Test
    @DisplayName("Sólo los datos incrustados (data:) se resuelven")
    void resolverSoloData() {
        assertEquals("data:image/png;base64,AAAA", GeneradorPdf.resolver(null, "data:image/png;base64,AAAA"));
        assertEquals(null, GeneradorPdf.resolver(null, "http://169.254.169.254/latest"));
        assertEquals(null, GeneradorPdf.resolver(null, "file:///etc/passwd"));
        assertEquals(null, GeneradorPdf.resolver("file:///tmp/", "secreto.png"));
    }

    @Test
    @DisplayName("Un HTML mal formado se rechaza antes de renderizar, en español, con línea y columna")
    void htmlMalFormadoEnEspanol() {
        mx.gob.imss.siade.infra.PlantillaRechazadaException e = org.junit.jupiter.api.Assertions.assertThrows(
                mx.gob.imss.siade.infra.PlantillaRechazadaException.class,
                () -> new GeneradorPdf().desdeXhtml("<html><body>\n<p>abierto\n</body></html>"));
        assertEquals("error.plantilla.html", e.clave());
        assertEquals(3, e.argumentos()[0]);
        String detalle = (String) e.argumentos()[2];
        org.junit.jupiter.api.Assertions.assertTrue(detalle.contains("elemento") && detalle.contains("\"p\""), detalle);
    }
}
