package mx.gob.imss.siade.carga;

import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * SIADE over HTTP as its users meet it, with {@code -Dusuarios=N} concurrent virtual users for
 * {@code -Dsegundos=S}: 70 % read (supervisor, jefe, titular de la DAC: sign in, page and filter the Bandeja with
 * the AJAX requests PrimeFaces sends — ViewState and CSP nonce —, open an Expediente — one registered during
 * the run when there is one, else one of the Bandeja — and one of its documents), 30 % are correspondencia staff who register letters with two files of about 1 MB each (the
 * uploads and the «Registrar» click exactly as the browser sends them). Each iteration also fetches the
 * application's own stylesheet: a static resource from the same server, the floor. Run by bench/carga.sh.
 */
public class CargaSiade extends Simulation {

    private static final int USUARIOS = Integer.getInteger("usuarios", 10);
    private static final int SEGUNDOS = Integer.getInteger("segundos", 60);
    private static final String BASE = System.getProperty("base", "http://localhost:8081/siade");
    private static final String CONTRASENA = "Demo.2026";
    private static final String[] LECTORES = {"supervisor", "jefe", "titular.dac"};
    /** Folios registered during the run (with their two files and acuse): readers open those first. */
    private static final java.util.concurrent.ConcurrentLinkedDeque<String> REGISTRADOS = new java.util.concurrent.ConcurrentLinkedDeque<>();

    /** Side of the JPEG inside the PDF (set when the PDF is made; declared before it, as it is used then). */
    private static final int[] LADO_JPEG = {0};
    private static final byte[] ESCRITO = pdf(1024 * 1024);
    private static final byte[] ANEXO = png(1024 * 1024);

    static {
        System.out.printf("Archivos de cada registro: escrito PDF %,d bytes, anexo PNG %,d bytes%n", ESCRITO.length, ANEXO.length);
    }
    private static final AtomicLong NSS = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

    private final HttpProtocolBuilder protocolo = http.baseUrl(BASE).acceptLanguageHeader("es-MX")
            .userAgentHeader("siade-carga").disableCaching().disableFollowRedirect()
            .disableWarmUp();

    private static final Map<String, String> AJAX = Map.of("Faces-Request", "partial/ajax", "X-Requested-With",
            "XMLHttpRequest");

    private static ChainBuilder entrar(String usuario) {
        return exec(http("inicio de sesión (página)").get("/login.xhtml")
                        .check(status().is(200), viewState()))
                .exec(http("inicio de sesión (enviar)").post("/login.xhtml")
                        .formParam("login", "login").formParam("login:usuario", usuario)
                        .formParam("login:contrasena", CONTRASENA).formParam("login:entrar", "")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .check(status().is(302)));
    }

    private static io.gatling.javaapi.core.CheckBuilder.Final viewState() {
        return regex("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"").saveAs("viewState");
    }

    private static io.gatling.javaapi.core.CheckBuilder.Final nonce() {
        return regex("nonce=\"([^\"]+)\"").saveAs("nonce");
    }

    private static ChainBuilder floor() {
        return exec(http("recurso estático (piso)").get("/resources/siade/css/siade.css").check(status().is(200)));
    }

    private static final ChainBuilder LEER = exec(http("bandeja (página)").get("/bandeja.xhtml")
                    .check(status().is(200), viewState(), nonce(),
                            regex("expediente\\.xhtml\\?folio=([0-9A-Z-]+)").findRandom().optional().saveAs("folio")))
            .exec(http("bandeja: paginar (AJAX)").post("/bandeja.xhtml").headers(AJAX)
                    .formParam("jakarta.faces.partial.ajax", "true")
                    .formParam("jakarta.faces.source", "bandeja:peticiones")
                    .formParam("jakarta.faces.partial.execute", "bandeja:peticiones")
                    .formParam("jakarta.faces.partial.render", "bandeja:peticiones")
                    .formParam("bandeja:peticiones", "bandeja:peticiones")
                    .formParam("bandeja:peticiones_pagination", "true")
                    .formParam("bandeja:peticiones_first", "#{primero}")
                    .formParam("bandeja:peticiones_rows", "20")
                    .formParam("bandeja:peticiones_skipChildren", "true")
                    .formParam("bandeja:peticiones_encodeFeature", "true")
                    .formParam("bandeja", "bandeja")
                    .formParam("jakarta.faces.ViewState", "#{viewState}")
                    .formParam("primefaces.nonce", "#{nonce}")
                    .check(status().is(200), substring("data-ri=").exists(), substring("error no previsto").notExists()))
            .exec(http("bandeja: filtrar (AJAX)").post("/bandeja.xhtml").headers(AJAX)
                    .formParam("jakarta.faces.partial.ajax", "true")
                    .formParam("jakarta.faces.source", "bandeja:buscar")
                    .formParam("jakarta.faces.partial.execute", "bandeja")
                    .formParam("jakarta.faces.partial.render", "bandeja")
                    .formParam("bandeja:buscar", "bandeja:buscar")
                    .formParam("bandeja", "bandeja")
                    .formParam("bandeja:folio", "").formParam("bandeja:nss", "")
                    .formParam("bandeja:estado_input", "#{estado}")
                    .formParam("bandeja:tipo_input", "")
                    .formParam("bandeja:ooad_input", "#{ooad}")
                    .formParam("jakarta.faces.ViewState", "#{viewState}")
                    .formParam("primefaces.nonce", "#{nonce}")
                    .check(status().is(200), substring("<partial-response").exists(),
                            substring("error no previsto").notExists()))
            .exec(s -> {
                String reciente = REGISTRADOS.peekFirst();
                return reciente != null ? s.set("folio", reciente) : s;
            })
            .doIf(s -> s.contains("folio")).then(exec(http("expediente").get("/expediente.xhtml?folio=#{folio}")
                    .check(status().is(200), substring("#{folio}").exists(),
                            regex("documentos/contenido\\?id=(\\d+)").findRandom().optional().saveAs("documento")))
            .doIf(s -> s.contains("documento")).then(exec(http("documento").get("/documentos/contenido?id=#{documento}")
                    .check(status().is(200)))))
            .exec(s -> s.remove("documento").remove("folio"))
            .exec(floor());

    private static final ChainBuilder REGISTRAR = exec(s -> s.set("nss", nss()))
            .exec(http("recepción (página)").get("/recepcion.xhtml")
                    .check(status().is(200), viewState(), nonce(),
                            regex("fechaRecepcion_input\"[^>]*value=\"([^\"]+)\"").saveAs("fecha")))
            .exec(subir("escrito-#{nss}.pdf", ESCRITO, "application/pdf", "recepción: subir escrito 1 MB (AJAX)"))
            .exec(subir("anexo-#{nss}.png", ANEXO, "image/png", "recepción: subir anexo 1 MB (AJAX)"))
            .exec(http("recepción: registrar (AJAX)").post("/recepcion.xhtml").headers(AJAX)
                    .formParamMap(camposRecepcion())
                    .formParam("jakarta.faces.partial.execute", "recepcion")
                    .formParam("jakarta.faces.source", "recepcion:registrar")
                    .formParam("jakarta.faces.partial.render", "@all")
                    .formParam("recepcion:registrar", "recepcion:registrar")
                    .check(status().is(200), regex("folio-grande\">([^<]+)<").saveAs("folioNuevo")))
            .exec(s -> {
                REGISTRADOS.addFirst(s.getString("folioNuevo").trim());
                return s;
            })
            .exec(floor());

    private static io.gatling.javaapi.http.HttpRequestActionBuilder subir(String nombre, byte[] contenido, String tipo,
                                                                           String etiqueta) {
        io.gatling.javaapi.http.HttpRequestActionBuilder b = http(etiqueta).post("/recepcion.xhtml").headers(AJAX)
                .asMultipartForm();
        for (Map.Entry<String, Object> campo : camposRecepcion().entrySet()) {
            b = b.formParam(campo.getKey(), campo.getValue().toString());
        }
        return b.formParam("jakarta.faces.partial.execute", "recepcion:archivos")
                .formParam("jakarta.faces.source", "recepcion:archivos")
                .formParam("jakarta.faces.partial.render", "recepcion:listaArchivos")
                .formParam("recepcion:archivos_totalFilesCount", "2")
                .bodyPart(ByteArrayBodyPart("recepcion:archivos", contenido).fileName(nombre).contentType(tipo))
                .check(status().is(200), substring("class=\"archivo\">").exists());
    }

    private static Map<String, Object> camposRecepcion() {
        Map<String, Object> c = new java.util.LinkedHashMap<>();
        c.put("recepcion", "recepcion");
        c.put("recepcion:tipoRemitente_input", "DERECHOHABIENTE");
        c.put("recepcion:remitente", "Persona de carga #{nss}");
        c.put("recepcion:nss", "#{nss}");
        c.put("recepcion:telefono", "5511223344");
        c.put("recepcion:medio_input", "CORREO_POSTAL");
        c.put("recepcion:fechaRecepcion_input", "#{fecha}");
        c.put("recepcion:asunto", "Escrito de carga #{nss}");
        c.put("jakarta.faces.ViewState", "#{viewState}");
        c.put("primefaces.nonce", "#{nonce}");
        c.put("jakarta.faces.partial.ajax", "true");
        return c;
    }

    /** A valid NSS (11 digits, Luhn check digit), new for every registration. */
    private static String nss() {
        String base = String.format("%010d", 1_000_000_000L + NSS.incrementAndGet() % 8_999_999_999L);
        int suma = 0;
        for (int i = 0; i < 10; i++) {
            int d = base.charAt(9 - i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            suma += d;
        }
        return base + (10 - suma % 10) % 10;
    }

    private static Iterator<Map<String, Object>> filtros() {
        Random azar = new Random(7);
        String[] estados = {"DERIVADA", "REGISTRADA", "EN_ANALISIS", ""};
        return Stream.generate(() -> Map.<String, Object>of("estado", estados[azar.nextInt(estados.length)],
                "ooad", azar.nextBoolean() ? "15" : "", "primero", String.valueOf(20 * azar.nextInt(5)))).iterator();
    }

    private final ScenarioBuilder lectores = scenario("lectores")
            .exec(s -> s.set("usuario", LECTORES[(int) (s.userId() % LECTORES.length)]))
            .exec(entrar("#{usuario}"))
            .during(Duration.ofSeconds(SEGUNDOS)).on(feed(filtros()).exec(LEER));

    private final ScenarioBuilder correspondencia = scenario("correspondencia")
            .exec(entrar("correspondencia"))
            .during(Duration.ofSeconds(SEGUNDOS)).on(REGISTRAR);

    {
        int registran = Math.max(1, USUARIOS * 3 / 10);
        setUp(lectores.injectOpen(atOnceUsers(USUARIOS - registran)),
                correspondencia.injectOpen(atOnceUsers(registran)))
                .protocols(protocolo);
    }

    /**
     * A one-page PDF like a scanned letter: the page is one JPEG image (noise, so it does not compress) of about
     * {@code tamano} bytes, drawn by a one-line content stream.
     */
    static byte[] pdf(int tamano) {
        byte[] jpeg = jpeg(tamano);
        List<byte[]> objetos = new ArrayList<>(List.of(
                ascii("<< /Type /Catalog /Pages 2 0 R >>"),
                ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
                ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                        + " /Resources << /XObject << /Im1 5 0 R >> >> >>"),
                flujo("", ascii("q 612 0 0 792 0 0 cm /Im1 Do Q\n")),
                flujo(" /Type /XObject /Subtype /Image /Width " + LADO_JPEG[0] + " /Height " + LADO_JPEG[0]
                        + " /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode", jpeg)));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.writeBytes(ascii("%PDF-1.4\n"));
        List<Integer> posiciones = new ArrayList<>();
        for (int i = 0; i < objetos.size(); i++) {
            posiciones.add(pdf.size());
            pdf.writeBytes(ascii((i + 1) + " 0 obj\n"));
            pdf.writeBytes(objetos.get(i));
            pdf.writeBytes(ascii("\nendobj\n"));
        }
        int xref = pdf.size();
        StringBuilder cola = new StringBuilder("xref\n0 ").append(objetos.size() + 1).append("\n0000000000 65535 f \n");
        for (int p : posiciones) {
            cola.append(String.format("%010d 00000 n \n", p));
        }
        cola.append("trailer\n<< /Size ").append(objetos.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        pdf.writeBytes(ascii(cola.toString()));
        return pdf.toByteArray();
    }

    private static byte[] flujo(String diccionario, byte[] contenido) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(ascii("<< /Length " + contenido.length + diccionario + " >>\nstream\n"));
        b.writeBytes(contenido);
        b.writeBytes(ascii("\nendstream"));
        return b.toByteArray();
    }

    private static byte[] ascii(String texto) {
        return texto.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A JPEG of noise of about {@code tamano} bytes (its side found by a few tries). */
    private static byte[] jpeg(int tamano) {
        int lado = 600;
        byte[] mejor = null;
        for (int intento = 0; intento < 8; intento++) {
            BufferedImage imagen = ruido(lado, 3);
            try {
                ByteArrayOutputStream salida = new ByteArrayOutputStream();
                ImageIO.write(imagen, "jpeg", salida);
                mejor = salida.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            LADO_JPEG[0] = lado;
            double razon = (double) tamano / mejor.length;
            if (razon > 0.95 && razon < 1.05) {
                break;
            }
            lado = (int) (lado * Math.sqrt(razon));
        }
        return mejor;
    }

    private static BufferedImage ruido(int lado, long semilla) {
        BufferedImage imagen = new BufferedImage(lado, lado, BufferedImage.TYPE_INT_RGB);
        Random azar = new Random(semilla);
        for (int y = 0; y < lado; y++) {
            for (int x = 0; x < lado; x++) {
                imagen.setRGB(x, y, azar.nextInt(0x1000000));
            }
        }
        return imagen;
    }

    /** A PNG of noise of about {@code tamano} bytes (noise does not compress). */
    static byte[] png(int tamano) {
        BufferedImage imagen = ruido((int) Math.sqrt(tamano / 3.0), 2);
        try {
            ByteArrayOutputStream salida = new ByteArrayOutputStream();
            ImageIO.write(imagen, "png", salida);
            return salida.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
