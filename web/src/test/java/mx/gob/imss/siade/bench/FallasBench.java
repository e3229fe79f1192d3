package mx.gob.imss.siade.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import mx.gob.imss.siade.pruebas.ArchivosDePrueba;
import mx.gob.imss.siade.pruebas.BaseCompartida;
import mx.gob.imss.siade.pruebas.DatosDePrueba;
import mx.gob.imss.siade.pruebas.NodoSiade;
import mx.gob.imss.siade.pruebas.SesionHttp;
import org.junit.jupiter.api.Test;

/**
 * The fault script ({@code bench/fallas.sh}), never part of the suite. A node started with
 * {@code config/nodo.sh} against the H2 server ({@code config/h2-servidor.sh}), as production runs against
 * Oracle. Each round: clients register letters with two files through the Recepción screen while the
 * outbox is delivering; the node is killed with SIGKILL at a random moment; it is started again on the
 * same data; then every registration the client saw acknowledged (it got its folio) must be whole — both
 * files with their SHA-256 in the database and served back identical over HTTP, the acuse, the bitácora —
 * no registration may be half-written, no folio used twice. After the rounds the database server itself is
 * killed under load: pages must answer with the error page (no stack trace), nothing half-written, and the
 * node must recover by itself when the database is back. Writes bench/resultados-fallas.md.
 */
class FallasBench {

    private static final int RONDAS = Integer.getInteger("fallas.rondas", 5);
    private static final int CLIENTES = Integer.getInteger("fallas.clientes", 4);
    private static final int PUERTO_BD = 19192;
    private static final int PUERTO = 18191;
    private static final int PUERTO_SMTP = 13125;
    private static final String CLAVE_BD = "siade-demo-clave-archivo";
    private static final BaseCompartida base = new BaseCompartida(PUERTO_BD, CLAVE_BD);
    private static final String CONTRASENA = "Demo.2026";
    private static final int ARCHIVO_BYTES = 256 * 1024;

    /** What the client saw acknowledged: the folio and the SHA-256 of the two files it sent. */
    record Acusado(String folio, int ronda, String shaEscrito, String shaAnexo) {
    }

    private final Map<String, Acusado> acusados = new ConcurrentHashMap<>();
    private final AtomicInteger folioRepetidoAlCliente = new AtomicInteger();
    private final Random azar = new Random(20261130);

    @Test
    void matarYReiniciar() throws Exception {
        Path datos = NodoSiade.carpetaNueva("fallas");
        Map<String, String> entorno = Map.of("SIADE_DATA_DIR", datos.toString(), "SIADE_CLAVE_BD", CLAVE_BD,
                "SIADE_BD_SERVIDOR", "localhost:" + PUERTO_BD, "SIADE_CLUSTER", "tcpip:127.0.0.1:16990",
                "SIADE_CLUSTER_PUERTO", "16990",
                "SIADE_JAVA_OPCIONES", "-Dsiade.ocr.trabajadores=0 -Dsiade.correo.smtp.host=localhost -Dsiade.correo.smtp.puerto="
                        + PUERTO_SMTP + " -Dsiade.correo.entrega.segundos=1");
        GreenMail smtp = new GreenMail(new ServerSetup(PUERTO_SMTP, "localhost", "smtp"));
        smtp.start();
        NodoSiade bd = NodoSiade.baseDeDatos(PUERTO_BD, entorno, datos.resolve("h2.log")).arrancar();
        NodoSiade nodo = NodoSiade.nodo(1, PUERTO, entorno, datos.resolve("nodo.log")).arrancar();
        List<String> filas = new ArrayList<>();
        int correosEncolados = 0;
        try {
            for (int ronda = 1; ronda <= RONDAS; ronda++) {
                correosEncolados += base.encolarCorreos(100, "fallas");
                int antes = acusados.size();
                Carga carga = new Carga(nodo.base(), ronda);
                int objetivo = 12 + azar.nextInt(20);
                carga.esperarAcusados(objetivo, Duration.ofMinutes(5));
                long t0 = System.nanoTime();
                nodo.matar();
                carga.detener();
                nodo.arrancar();
                double recuperacion = (System.nanoTime() - t0) / 1e9;
                Verificacion v = verificar(nodo.base());
                filas.add(String.format(Locale.ROOT, "| %d | %d | %d | %d | %d | %d | %d | %.0f s |", ronda,
                        acusados.size() - antes, carga.fallidas.get(), v.sinAcuseAlCliente(), v.perdidos(), v.incompletos(),
                        v.foliosRepetidos() + folioRepetidoAlCliente.get(), recuperacion));
                System.out.println(filas.get(filas.size() - 1));
                assertEquals(0, v.perdidos(), "ronda " + ronda + ": registros acusados que no están completos");
                assertEquals(0, v.incompletos(), "ronda " + ronda + ": registros a medias");
                assertEquals(0, v.foliosRepetidos() + folioRepetidoAlCliente.get(), "ronda " + ronda + ": folios repetidos");
            }
            // The outbox carries on after the crashes: everything queued goes out, each message once.
            long limite = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (base.correosPendientes() > 0 && System.nanoTime() < limite) {
                smtp.waitForIncomingEmail(500, Integer.MAX_VALUE);
            }
            MimeMessage[] recibidos = smtp.getReceivedMessages();
            Map<String, Integer> porId = new HashMap<>();
            for (MimeMessage m : recibidos) {
                porId.merge(m.getMessageID(), 1, Integer::sum);
            }
            long repetidos = porId.values().stream().filter(n -> n > 1).count();
            int pendientes = base.correosPendientes();

            // The database goes away under load, then comes back.
            String caidaBd = caidaDeLaBase(bd, nodo);
            Verificacion despues = verificar(nodo.base());

            StringBuilder md = new StringBuilder();
            md.append("Fallas: ").append(RONDAS).append(" rondas; en cada una ").append(CLIENTES)
                    .append(" clientes registran escritos con dos archivos (un PDF y una imagen PNG de unos ").append(ARCHIVO_BYTES / 1024)
                    .append(" KB) por la pantalla de Recepción mientras la bandeja de salida entrega correos; el nodo se")
                    .append(" mata con SIGKILL en un momento al azar y se arranca de nuevo sobre los mismos datos (H2 en")
                    .append(" modo servidor, como Oracle en producción). ").append(Runtime.getRuntime().availableProcessors())
                    .append(" núcleos.\n\n")
                    .append("| ronda | acusados al cliente | fallidas en vuelo | guardadas sin acuse al cliente (acumuladas) | perdidas | a medias | folios repetidos | kill → listo |\n")
                    .append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            filas.forEach(f -> md.append(f).append('\n'));
            md.append(String.format(Locale.ROOT, "%nTotal: %d registros acusados, **0 perdidos**; todos con sus dos archivos"
                    + " (SHA-256 en la base y el mismo contenido descargado por HTTP), acuse y bitácora.%n", acusados.size()));
            md.append(String.format(Locale.ROOT, "%nBandeja de salida: %d correos encolados durante las rondas; recibidos %d"
                    + " mensajes distintos, %d recibidos más de una vez (mismo Message-ID), %d pendientes al final.%n",
                    correosEncolados, porId.size(), repetidos, pendientes));
            md.append("\n").append(caidaBd).append(String.format(Locale.ROOT,
                    " Después: %d perdidos, %d a medias, %d folios repetidos.%n", despues.perdidos(), despues.incompletos(),
                    despues.foliosRepetidos()));
            System.out.println(md);
            Files.writeString(Path.of(System.getProperty("bench.salida", "target/resultados-fallas.md")), md);
            assertEquals(0, pendientes, "la bandeja de salida se vació tras las caídas");
            assertEquals(0, despues.perdidos() + despues.incompletos() + despues.foliosRepetidos());
        } finally {
            nodo.close();
            bd.close();
            smtp.stop();
        }
    }

    /** Clients registering in a loop until stopped; each keeps what it saw acknowledged. */
    private final class Carga {
        final AtomicBoolean seguir = new AtomicBoolean(true);
        final AtomicInteger fallidas = new AtomicInteger();
        final AtomicInteger acusadasRonda = new AtomicInteger();
        final ExecutorService hilos = Executors.newFixedThreadPool(CLIENTES);

        Carga(String direccion, int ronda) {
            for (int c = 0; c < CLIENTES; c++) {
                hilos.submit(() -> {
                    SesionHttp sesion = new SesionHttp(direccion);
                    boolean dentro = false;
                    while (seguir.get()) {
                        try {
                            if (!dentro) {
                                dentro = !sesion.entrar("correspondencia", CONTRASENA).body().contains("login:usuario");
                                continue;
                            }
                            String nss = DatosDePrueba.nssNuevo();
                            byte[] escrito = archivo("Escrito " + nss, true);
                            byte[] anexo = archivo("Anexo " + nss, false);
                            Map<String, byte[]> archivos = new LinkedHashMap<>();
                            archivos.put("escrito-" + nss + ".pdf", escrito);
                            archivos.put("anexo-" + nss + ".png", anexo);
                            String folio = sesion.registrarEscrito("Persona en falla " + nss, nss, archivos);
                            if (acusados.putIfAbsent(folio, new Acusado(folio, ronda, sha(escrito), sha(anexo))) != null) {
                                folioRepetidoAlCliente.incrementAndGet();
                            }
                            acusadasRonda.incrementAndGet();
                        } catch (Exception | AssertionError e) {
                            if (seguir.get()) {
                                fallidas.incrementAndGet();
                            }
                            dentro = false;
                        }
                    }
                    return null;
                });
            }
        }

        void esperarAcusados(int cuantos, Duration maximo) throws InterruptedException {
            long limite = System.nanoTime() + maximo.toNanos();
            while (acusadasRonda.get() < cuantos) {
                if (System.nanoTime() > limite) {
                    throw new AssertionError("sólo " + acusadasRonda.get() + " registros en " + maximo);
                }
                hilos.awaitTermination(50, TimeUnit.MILLISECONDS);
            }
        }

        void detener() throws InterruptedException {
            seguir.set(false);
            hilos.shutdown();
            if (!hilos.awaitTermination(3, TimeUnit.MINUTES)) {
                hilos.shutdownNow();
            }
        }
    }

    /** The letter: a small PDF with this text. The annex: a PNG of {@link #ARCHIVO_BYTES} or so of noise. */
    private byte[] archivo(String texto, boolean pdf) throws java.io.IOException {
        if (pdf) {
            return ArchivosDePrueba.pdf(texto);
        }
        int lado = (int) Math.sqrt(ARCHIVO_BYTES / 3.0);
        java.awt.image.BufferedImage imagen = new java.awt.image.BufferedImage(lado, lado, java.awt.image.BufferedImage.TYPE_INT_RGB);
        Random ruido = new Random(texto.hashCode());
        for (int y = 0; y < lado; y++) {
            for (int x = 0; x < lado; x++) {
                imagen.setRGB(x, y, ruido.nextInt(0x1000000));
            }
        }
        java.io.ByteArrayOutputStream salida = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(imagen, "png", salida);
        return salida.toByteArray();
    }

    record Verificacion(int perdidos, int incompletos, int foliosRepetidos, int sinAcuseAlCliente) {
    }

    /** Every acknowledged registration whole; no registration half-written; no folio twice. */
    private Verificacion verificar(String direccion) throws Exception {
        int perdidos = 0;
        int incompletos = 0;
        int repetidos;
        int sinAcuse;
        SesionHttp lector = new SesionHttp(direccion);
        lector.entrar("correspondencia", CONTRASENA);
        try (Connection c = base.conexion()) {
            for (Acusado a : acusados.values()) {
                Map<String, Long> docs = documentos(c, a.folio());
                boolean entero = docs.containsKey(a.shaEscrito()) && docs.containsKey(a.shaAnexo()) && tieneAcuse(c, a.folio())
                        && bitacora(c, a.folio()) > 0;
                if (entero) {
                    for (String sha : List.of(a.shaEscrito(), a.shaAnexo())) {
                        HttpResponse<byte[]> r = lector.getBytes("documentos/contenido?id=" + docs.get(sha));
                        entero &= r.statusCode() == 200 && sha(r.body()).equals(sha);
                    }
                }
                if (!entero) {
                    perdidos++;
                    System.out.println("PERDIDO: " + a);
                }
            }
            try (Statement s = c.createStatement()) {
                // Half-written: a petición without its letter, its acuse or its bitácora.
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM PETICION p WHERE p.ASUNTO LIKE 'Escrito de Persona en falla%' AND ("
                        + " NOT EXISTS (SELECT 1 FROM DOCUMENTO d WHERE d.PETICION_ID = p.ID AND d.TIPO_DOCUMENTO_ID <> 7)"
                        + " OR NOT EXISTS (SELECT 1 FROM DOCUMENTO d WHERE d.PETICION_ID = p.ID AND d.TIPO_DOCUMENTO_ID = 7)"
                        + " OR NOT EXISTS (SELECT 1 FROM BITACORA b WHERE b.PETICION_ID = p.ID))");
                rs.next();
                incompletos = rs.getInt(1);
                rs = s.executeQuery("SELECT COUNT(*) FROM (SELECT FOLIO FROM PETICION GROUP BY FOLIO HAVING COUNT(*) > 1)");
                rs.next();
                repetidos = rs.getInt(1);
                rs = s.executeQuery("SELECT COUNT(*) FROM PETICION p WHERE p.ASUNTO LIKE 'Escrito de Persona en falla%'");
                rs.next();
                sinAcuse = rs.getInt(1) - acusados.size();
            }
        }
        return new Verificacion(perdidos, incompletos, repetidos, sinAcuse);
    }

    private static Map<String, Long> documentos(Connection c, String folio) throws Exception {
        Map<String, Long> docs = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT d.SHA256, d.ID FROM DOCUMENTO d JOIN PETICION p ON p.ID = d.PETICION_ID"
                + " WHERE p.FOLIO = ?")) {
            p.setString(1, folio);
            ResultSet rs = p.executeQuery();
            while (rs.next()) {
                docs.put(rs.getString(1), rs.getLong(2));
            }
        }
        return docs;
    }

    /** How many rows of {@code desde} (joined to its PETICION as p) the folio has. */
    private static int contar(Connection c, String desde, String folio) throws Exception {
        try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM " + desde + " WHERE p.FOLIO = ?")) {
            p.setString(1, folio);
            ResultSet rs = p.executeQuery();
            rs.next();
            return rs.getInt(1);
        }
    }

    private static boolean tieneAcuse(Connection c, String folio) throws Exception {
        return contar(c, "DOCUMENTO d JOIN PETICION p ON p.ID = d.PETICION_ID AND d.TIPO_DOCUMENTO_ID = 7", folio) == 1;
    }

    private static int bitacora(Connection c, String folio) throws Exception {
        return contar(c, "BITACORA b JOIN PETICION p ON p.ID = b.PETICION_ID", folio);
    }

    /** Kills the database server while clients register; checks the error page; starts it again. */
    private String caidaDeLaBase(NodoSiade bd, NodoSiade nodo) throws Exception {
        Carga carga = new Carga(nodo.base(), 0);
        carga.esperarAcusados(5, Duration.ofMinutes(2));
        SesionHttp dentro = new SesionHttp(nodo.base());
        dentro.entrar("correspondencia", CONTRASENA);
        bd.matar();
        HttpResponse<String> bandeja = dentro.get("bandeja.xhtml");
        HttpResponse<String> entrada = new SesionHttp(nodo.base()).entrar("correspondencia", CONTRASENA);
        String aviso = "no puede consultar la base de datos";
        boolean claro = bandeja.statusCode() == 503 && bandeja.body().contains(aviso) && entrada.statusCode() == 503
                && entrada.body().contains(aviso);
        String cuerpo = bandeja.body() + entrada.body();
        claro &= !cuerpo.contains("Exception") && !cuerpo.contains("at org.") && !cuerpo.contains("at mx.");
        carga.detener();
        long t0 = System.nanoTime();
        bd.arrancar();
        long limite = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        boolean recuperado = false;
        while (!recuperado && System.nanoTime() < limite) {
            SesionHttp prueba = new SesionHttp(nodo.base());
            try {
                recuperado = !prueba.entrar("correspondencia", CONTRASENA).body().contains("login:usuario");
                if (recuperado) {
                    String nss = DatosDePrueba.nssNuevo();
                    prueba.registrarEscrito("Persona en falla " + nss, nss, Map.of("escrito-" + nss + ".pdf",
                            ArchivosDePrueba.pdf("Escrito " + nss), "anexo-" + nss + ".png", ArchivosDePrueba.png("Anexo " + nss)));
                }
            } catch (Exception | AssertionError e) {
                recuperado = false;
            }
        }
        double segundos = (System.nanoTime() - t0) / 1e9;
        assertTrue(claro, "con la base caída, 503 y el aviso en español, sin traza de pila: " + bandeja.statusCode() + " "
                + entrada.statusCode() + " " + cuerpo.replaceAll("(?s)<script.*?</script>", "").substring(0, Math.min(600, cuerpo.length())));
        assertTrue(recuperado, "el nodo se recupera solo cuando la base vuelve");
        return String.format(Locale.ROOT, "Base de datos caída (SIGKILL al servidor H2) con %d clientes registrando: la"
                + " Bandeja de una usuaria con sesión y un nuevo inicio de sesión respondieron %d y %d con la página de error"
                + " «%s» (sin traza de pila); %d registros fallaron en vuelo. Al volver la base, el nodo —sin reiniciarlo—"
                + " inició sesión y registró un escrito %.0f s después de arrancar la base.", CLIENTES, bandeja.statusCode(),
                entrada.statusCode(), aviso, carga.fallidas.get(), segundos);
    }

    private static String sha(byte[] contenido) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(contenido));
    }
}
