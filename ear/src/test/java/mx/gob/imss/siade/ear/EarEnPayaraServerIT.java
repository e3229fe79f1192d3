package mx.gob.imss.siade.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The EAR (ejb module + a WAR without the ejb jar) deploys on Payara Server 6 full profile and
 * serves the application: login page, protected Bandeja, and a demo user's Bandeja read through
 * the EJBs (so Flyway migrated and the demo data loaded). A domain of its own on port base
 * 28000, H2 in Oracle mode in memory as jdbc/siade, removed afterwards.
 */
class EarEnPayaraServerIT {

    private static final String DOMINIO = "siade-prueba-ear";
    private static final int PUERTO_BASE = 28000;
    private static final int PUERTO_ADMIN = PUERTO_BASE + 48;
    private static final int PUERTO_HTTP = PUERTO_BASE + 80;

    private static Path payara;
    private static Path registro;

    @BeforeAll
    static void desplegar() throws Exception {
        payara = Path.of(System.getProperty("payara.home"));
        registro = Path.of("target", "asadmin.log");
        Files.deleteIfExists(registro);
        asadmin(false, "delete-domain", DOMINIO);
        asadmin(true, "create-domain", "--nopassword", "--portbase", String.valueOf(PUERTO_BASE), DOMINIO);
        // The domain's own lib/ is on the server class path: H2 for the embedded pool.
        Path lib = payara.resolve("glassfish/domains/" + DOMINIO + "/lib");
        Files.createDirectories(lib);
        Files.copy(payara.resolve("h2db/bin/h2.jar"), lib.resolve("h2.jar"), StandardCopyOption.REPLACE_EXISTING);
        asadmin(true, "start-domain", DOMINIO);
        asadmin(true, "--port", String.valueOf(PUERTO_ADMIN), "create-jdbc-connection-pool",
                "--datasourceclassname=org.h2.jdbcx.JdbcDataSource", "--restype=javax.sql.DataSource",
                "--property", "url=jdbc\\:h2\\:mem\\:siade-ear;MODE\\=Oracle;DEFAULT_NULL_ORDERING\\=HIGH;DB_CLOSE_DELAY\\=-1"
                        + ":user=siade:password=siade", "siadePool");
        asadmin(true, "--port", String.valueOf(PUERTO_ADMIN), "create-jdbc-resource", "--connectionpoolid=siadePool",
                "jdbc/siade");
        asadmin(true, "--port", String.valueOf(PUERTO_ADMIN), "deploy", "--contextroot", "siade",
                System.getProperty("siade.ear"));
    }

    @AfterAll
    static void retirar() throws Exception {
        if (payara != null) {
            asadmin(false, "stop-domain", "--kill", DOMINIO);
            asadmin(false, "delete-domain", DOMINIO);
        }
    }

    @Test
    @DisplayName("El EAR sirve el inicio de sesión, protege la bandeja y un usuario demo entra a ella")
    void sirveLoginYProtegeLaBandeja() throws Exception {
        HttpClient cliente = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> login = cliente.send(HttpRequest.newBuilder(
                URI.create(base() + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("Iniciar sesión"), login.body());
        HttpResponse<Void> bandeja = cliente.send(HttpRequest.newBuilder(
                URI.create(base() + "bandeja.xhtml")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(302, bandeja.statusCode());
        assertTrue(bandeja.headers().firstValue("Location").orElse("").contains("login.xhtml"));
        HttpResponse<String> salud = cliente.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + PUERTO_HTTP + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(salud.body().contains("esquema-siade") && salud.body().contains("\"UP\""), salud.body());

        // Sign in as a demo user: the EJBs (Flyway, JPA, @RolesAllowed) answer on the full profile too.
        HttpClient conSesion = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String pagina = conSesion.send(HttpRequest.newBuilder(URI.create(base() + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        Matcher estado = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(pagina);
        assertTrue(estado.find(), pagina);
        String formulario = "login=login&login%3Ausuario=supervisor&login%3Acontrasena=Demo.2026&login%3Aentrar="
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(estado.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> trasEntrar = conSesion.send(HttpRequest.newBuilder(URI.create(base() + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formulario)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertTrue(trasEntrar.uri().toString().endsWith("/bandeja.xhtml"), trasEntrar.uri().toString());
        // The supervisor's Bandeja opens with the área's open demo petitions (the concluded one behind a filter).
        assertTrue(trasEntrar.body().contains("Peticiones 1-4 de 4"), trasEntrar.body());
    }

    private static String base() {
        return "http://localhost:" + PUERTO_HTTP + "/siade/";
    }

    /**
     * Runs asadmin with the application's secrets in the environment (the server reads them through
     * MicroProfile Config); fails the test if {@code obligatorio} and the command fails.
     */
    private static void asadmin(boolean obligatorio, String... argumentos) throws IOException, InterruptedException {
        List<String> comando = new ArrayList<>(List.of("sh", payara.resolve("bin/asadmin").toString()));
        comando.addAll(List.of(argumentos));
        ProcessBuilder pb = new ProcessBuilder(comando).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(registro.toFile()));
        Map<String, String> entorno = pb.environment();
        entorno.put("SIADE_MASTER_KEY", "siade-demo-master-key");
        entorno.put("SIADE_DATOS_PERSONALES_CLAVE", claveDatosPersonales());
        entorno.put("SIADE_DEMO_HABILITADO", "true");
        Process proceso = pb.start();
        if (!proceso.waitFor(5, TimeUnit.MINUTES)) {
            proceso.destroyForcibly();
            throw new IllegalStateException("asadmin " + String.join(" ", argumentos) + " no terminó a tiempo");
        }
        if (obligatorio && proceso.exitValue() != 0) {
            throw new IllegalStateException("asadmin " + String.join(" ", argumentos) + " falló; ver " + registro
                    + ":\n" + Files.readString(registro));
        }
    }

    private static String claveDatosPersonales() throws IOException {
        Properties p = new Properties();
        try (var in = Files.newInputStream(Path.of(System.getProperty("siade.config.dir"), "embedded", "siade.properties"))) {
            p.load(in);
        }
        return p.getProperty("siade.datos-personales.clave");
    }
}
