package mx.gob.imss.siade.pruebas;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small HTTP load balancer for the cluster test, configured as one would configure HAProxy or nginx in
 * front of Payara Micro nodes: a new client goes to the next node in turn, then stays on it (cookie
 * {@code SIADE_NODO}); when its node does not answer (connection refused) the request goes to the next
 * node, which takes the session from the data grid.
 */
public final class Balanceador implements AutoCloseable {

    private static final Set<String> NO_SE_COPIAN = Set.of("host", "connection", "content-length", "expect",
            "upgrade", "transfer-encoding", "keep-alive", "te", "trailer", "proxy-connection");
    private static final Pattern COOKIE = Pattern.compile("(?:^|;\\s*)SIADE_NODO=(\\d+)");

    private final List<URI> nodos;
    private final HttpServer servidor;
    private final ExecutorService hilos = Executors.newFixedThreadPool(16);
    private final HttpClient cliente = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger turno = new AtomicInteger();
    private final AtomicInteger ultimo = new AtomicInteger(-1);
    private final String propio;

    public Balanceador(int puerto, List<URI> nodos) throws IOException {
        this.nodos = List.copyOf(nodos);
        this.propio = "http://localhost:" + puerto;
        servidor = HttpServer.create(new InetSocketAddress("localhost", puerto), 64);
        servidor.createContext("/", this::atender);
        servidor.setExecutor(hilos);
        servidor.start();
    }

    /** Index of the node that answered the last request. */
    public int ultimoNodo() {
        return ultimo.get();
    }

    private void atender(HttpExchange intercambio) throws IOException {
        try (intercambio) {
            byte[] cuerpo;
            try (InputStream entrada = intercambio.getRequestBody()) {
                cuerpo = entrada.readAllBytes();
            }
            List<Integer> orden = orden(intercambio.getRequestHeaders().getFirst("Cookie"));
            for (int i : orden) {
                HttpResponse<byte[]> respuesta;
                try {
                    respuesta = cliente.send(peticion(intercambio, nodos.get(i), cuerpo), HttpResponse.BodyHandlers.ofByteArray());
                } catch (ConnectException | HttpConnectTimeoutException e) {
                    continue;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                ultimo.set(i);
                responder(intercambio, respuesta, i, orden.get(0) != i || !pegado(intercambio));
                return;
            }
            intercambio.sendResponseHeaders(502, -1);
        }
    }

    private List<Integer> orden(String cookie) {
        List<Integer> orden = new ArrayList<>();
        Matcher m = cookie == null ? null : COOKIE.matcher(cookie);
        if (m != null && m.find() && Integer.parseInt(m.group(1)) < nodos.size()) {
            orden.add(Integer.parseInt(m.group(1)));
        } else {
            orden.add(Math.floorMod(turno.getAndIncrement(), nodos.size()));
        }
        for (int k = 1; k < nodos.size(); k++) {
            orden.add((orden.get(0) + k) % nodos.size());
        }
        return orden;
    }

    private static boolean pegado(HttpExchange intercambio) {
        String cookie = intercambio.getRequestHeaders().getFirst("Cookie");
        return cookie != null && COOKIE.matcher(cookie).find();
    }

    private static HttpRequest peticion(HttpExchange intercambio, URI nodo, byte[] cuerpo) {
        HttpRequest.Builder b = HttpRequest.newBuilder(nodo.resolve(intercambio.getRequestURI().toString()))
                .timeout(Duration.ofSeconds(120))
                .method(intercambio.getRequestMethod(), cuerpo.length == 0
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(cuerpo));
        for (Map.Entry<String, List<String>> h : intercambio.getRequestHeaders().entrySet()) {
            if (!NO_SE_COPIAN.contains(h.getKey().toLowerCase())) {
                h.getValue().forEach(v -> b.header(h.getKey(), v));
            }
        }
        return b.build();
    }

    private void responder(HttpExchange intercambio, HttpResponse<byte[]> respuesta, int nodo, boolean fijar)
            throws IOException {
        String base = nodos.get(nodo).toString().replaceAll("/$", "");
        respuesta.headers().map().forEach((nombre, valores) -> {
            if (!NO_SE_COPIAN.contains(nombre.toLowerCase()) && !nombre.startsWith(":")) {
                valores.forEach(v -> intercambio.getResponseHeaders().add(nombre,
                        nombre.equalsIgnoreCase("location") ? v.replace(base, propio) : v));
            }
        });
        if (fijar) {
            intercambio.getResponseHeaders().add("Set-Cookie", "SIADE_NODO=" + nodo + "; Path=/; HttpOnly");
        }
        byte[] cuerpo = respuesta.body();
        boolean sinCuerpo = cuerpo.length == 0 || respuesta.statusCode() == 204 || respuesta.statusCode() == 304
                || "HEAD".equals(intercambio.getRequestMethod());
        intercambio.sendResponseHeaders(respuesta.statusCode(), sinCuerpo ? -1 : cuerpo.length);
        if (!sinCuerpo) {
            try (OutputStream salida = intercambio.getResponseBody()) {
                salida.write(cuerpo);
            }
        }
    }

    @Override
    public void close() {
        servidor.stop(0);
        hilos.shutdownNow();
    }
}
