package mx.gob.imss.siade.pruebas;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A process started with the project's own commands — a node with {@code config/nodo.sh}, the database
 * server with {@code config/h2-servidor.sh} — for the cluster test and the fault script: started, waited
 * for until it answers, stopped, or killed with SIGKILL as a crash would.
 */
public final class NodoSiade implements AutoCloseable {

    private static final Duration ARRANQUE = Duration.ofMinutes(4);

    private final String nombre;
    private final List<String> comando;
    private final Map<String, String> entorno;
    private final Path log;
    private final int puerto;
    private final boolean http;
    private Process proceso;

    private NodoSiade(String nombre, List<String> comando, Map<String, String> entorno, Path log, int puerto, boolean http) {
        this.nombre = nombre;
        this.comando = comando;
        this.entorno = entorno;
        this.log = log;
        this.puerto = puerto;
        this.http = http;
    }

    /** The project's root (the tests get {@code siade.config.dir}, its config/ folder). */
    public static Path raiz() {
        return Path.of(System.getProperty("siade.config.dir", "../config")).toAbsolutePath().normalize().getParent();
    }

    /** An empty data folder {@code web/target/<nombre>} for a run (what an earlier run left is deleted). */
    public static Path carpetaNueva(String nombre) throws IOException {
        Path carpeta = raiz().resolve("web/target").resolve(nombre);
        if (Files.exists(carpeta)) {
            try (var recorrido = Files.walk(carpeta)) {
                recorrido.sorted(java.util.Comparator.reverseOrder()).forEach(a -> a.toFile().delete());
            }
        }
        return Files.createDirectories(carpeta);
    }

    /** A node of the cluster: {@code config/nodo.sh} with this number, HTTP port and environment. */
    public static NodoSiade nodo(int numero, int puerto, Map<String, String> entorno, Path log) {
        Map<String, String> todo = new java.util.HashMap<>(entorno);
        todo.put("NODO", String.valueOf(numero));
        todo.put("PORT", String.valueOf(puerto));
        return new NodoSiade("nodo-" + numero, List.of(raiz().resolve("config/nodo.sh").toString()), todo, log, puerto, true);
    }

    /** The H2 server every node connects to ({@code config/h2-servidor.sh}). */
    public static NodoSiade baseDeDatos(int puerto, Map<String, String> entorno, Path log) {
        Map<String, String> todo = new java.util.HashMap<>(entorno);
        todo.put("SIADE_BD_PUERTO", String.valueOf(puerto));
        return new NodoSiade("h2", List.of(raiz().resolve("config/h2-servidor.sh").toString()), todo, log, puerto, false);
    }

    public String base() {
        return "http://localhost:" + puerto + "/siade/";
    }

    public Path log() {
        return log;
    }

    /** Starts the process and waits until it answers (a node: its login page with 200). */
    public NodoSiade arrancar() throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        ProcessBuilder pb = new ProcessBuilder(comando).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(entorno);
        proceso = pb.start();
        long limite = System.nanoTime() + ARRANQUE.toNanos();
        HttpClient cliente = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < limite) {
            if (!proceso.isAlive()) {
                throw new AssertionError(nombre + " terminó al arrancar:\n" + ultimasLineas());
            }
            if (responde(cliente)) {
                return this;
            }
            proceso.waitFor(500, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError(nombre + " no respondió en " + ARRANQUE + ":\n" + ultimasLineas());
    }

    private boolean responde(HttpClient cliente) throws InterruptedException {
        if (!http) {
            try (Socket s = new Socket("localhost", puerto)) {
                return true;
            } catch (IOException e) {
                return false;
            }
        }
        try {
            HttpResponse<Void> r = cliente.send(HttpRequest.newBuilder(URI.create(base() + "login.xhtml"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** Waits until the log holds {@code texto} (e.g. the data grid's size), failing after {@code espera}. */
    public void esperarEnLog(String texto, Duration espera) throws IOException, InterruptedException {
        long limite = System.nanoTime() + espera.toNanos();
        while (System.nanoTime() < limite) {
            if (Files.exists(log) && Files.readString(log, StandardCharsets.ISO_8859_1).contains(texto)) {
                return;
            }
            proceso.waitFor(250, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError(nombre + ": «" + texto + "» no apareció en su bitácora:\n" + ultimasLineas());
    }

    /** SIGKILL, as a crash: no shutdown hook, nothing flushed. */
    public void matar() throws InterruptedException {
        proceso.destroyForcibly();
        proceso.waitFor(30, TimeUnit.SECONDS);
    }

    public boolean vivo() {
        return proceso != null && proceso.isAlive();
    }

    public String ultimasLineas() {
        try {
            List<String> lineas = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
            return String.join("\n", lineas.subList(Math.max(0, lineas.size() - 60), lineas.size()));
        } catch (IOException e) {
            return "(sin bitácora: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (proceso != null && proceso.isAlive()) {
            proceso.destroy();
            if (!proceso.waitFor(60, TimeUnit.SECONDS)) {
                proceso.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
