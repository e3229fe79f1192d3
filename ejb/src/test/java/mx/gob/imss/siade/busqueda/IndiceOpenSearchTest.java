package mx.gob.imss.siade.busqueda;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.opensearch.common.settings.Settings;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;

/**
 * The index contract on a real OpenSearch 2.19 node started inside the test JVM (HTTP on a free port;
 * no Docker here), through the same client the application uses; each test on its own new index.
 */
class IndiceOpenSearchTest extends ContratoIndiceTest {

    private static Node nodo;
    private static String url;

    /** A node with the Netty HTTP transport, single-node discovery, data in a temporary folder. */
    private static final class NodoDePrueba extends Node {
        NodoDePrueba(Settings s) {
            super(InternalSettingsPreparer.prepareEnvironment(s, Map.of(), null, () -> "siade-prueba"),
                    List.of(Netty4Plugin.class), true);
        }
    }

    @BeforeAll
    static void arrancar() throws Exception {
        Path casa = Files.createTempDirectory("opensearch-prueba");
        int http;
        int transporte;
        try (ServerSocket a = new ServerSocket(0); ServerSocket b = new ServerSocket(0)) {
            http = a.getLocalPort();
            transporte = b.getLocalPort();
        }
        nodo = new NodoDePrueba(Settings.builder().put("path.home", casa.toString())
                .put("path.data", casa.resolve("datos").toString()).put("cluster.name", "siade-prueba")
                .put("node.name", "siade-prueba").put("http.port", http).put("transport.port", transporte)
                .put("network.host", "127.0.0.1").put("discovery.type", "single-node").put("http.type", "netty4")
                .put("transport.type", "netty4").put("cluster.routing.allocation.disk.threshold_enabled", false).build());
        nodo.start();
        url = "http://127.0.0.1:" + http;
    }

    @AfterAll
    static void detener() throws Exception {
        nodo.close();
    }

    private IndiceOpenSearch abierto;

    @Override
    protected IndiceBusqueda abrirIndice() {
        abierto = new IndiceOpenSearch(url, "siade-" + UUID.randomUUID(), null, null);
        return abierto;
    }

    @Override
    protected void cerrarIndice() {
        abierto.cerrar();
    }
}
