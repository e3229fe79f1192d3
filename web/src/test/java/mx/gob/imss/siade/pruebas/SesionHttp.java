package mx.gob.imss.siade.pruebas;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-less user over HTTP, for the tests that need many at once: its own cookies, the JSF
 * form login, GETs and the PrimeFaces AJAX posts a page really sends (with its ViewState).
 */
public final class SesionHttp {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient cliente;

    public SesionHttp(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
        this.cliente = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(30)).build();
    }

    public HttpResponse<String> get(String ruta) throws IOException, InterruptedException {
        return getAbsoluto(URI.create(base + ruta));
    }

    /** A GET outside the application (e.g. the server's own /metrics), with this session's cookies. */
    public HttpResponse<String> getAbsoluto(URI direccion) throws IOException, InterruptedException {
        return cliente.send(HttpRequest.newBuilder(direccion).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<byte[]> getBytes(String ruta) throws IOException, InterruptedException {
        return cliente.send(HttpRequest.newBuilder(URI.create(base + ruta)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> post(String ruta, Map<String, String> campos, boolean ajax)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + ruta)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(formulario(campos)));
        if (ajax) {
            b.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
        }
        return cliente.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Signs in through the login form; answers the page it lands on. */
    public HttpResponse<String> entrar(String usuario, String contrasena) throws IOException, InterruptedException {
        HttpResponse<String> login = get("login.xhtml");
        Map<String, String> campos = new LinkedHashMap<>();
        campos.put("login", "login");
        campos.put("login:usuario", usuario);
        campos.put("login:contrasena", contrasena);
        campos.put("login:entrar", "");
        campos.put("jakarta.faces.ViewState", viewState(login.body()));
        campos.put("primefaces.nonce", nonce(login.body()));
        return post("login.xhtml", campos, false);
    }

    /**
     * The PrimeFaces AJAX request that pages the Bandeja's lazy table, as the paginator sends it from the
     * Bandeja page {@code pagina} (its HTML): with that page's ViewState and CSP nonce.
     */
    public HttpResponse<String> paginarBandeja(String pagina, int primero) throws IOException, InterruptedException {
        Map<String, String> campos = new LinkedHashMap<>();
        campos.put("jakarta.faces.partial.ajax", "true");
        campos.put("jakarta.faces.source", "bandeja:peticiones");
        campos.put("jakarta.faces.partial.execute", "bandeja:peticiones");
        campos.put("jakarta.faces.partial.render", "bandeja:peticiones");
        campos.put("bandeja:peticiones", "bandeja:peticiones");
        campos.put("bandeja:peticiones_pagination", "true");
        campos.put("bandeja:peticiones_first", String.valueOf(primero));
        campos.put("bandeja:peticiones_rows", "20");
        campos.put("bandeja:peticiones_skipChildren", "true");
        campos.put("bandeja:peticiones_encodeFeature", "true");
        campos.put("bandeja", "bandeja");
        campos.put("jakarta.faces.ViewState", viewState(pagina));
        campos.put("primefaces.nonce", nonce(pagina));
        return post("bandeja.xhtml", campos, true);
    }

    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final Pattern FECHA_RECEPCION = Pattern.compile("fechaRecepcion_input\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern FOLIO = Pattern.compile("folio-grande\">([^<]+)<");

    /**
     * Registers a letter through the Recepción screen exactly as the browser does: opens the page,
     * uploads each file with the PrimeFaces AJAX multipart request (one per file, with the page's CSP
     * nonce and ViewState), then presses «Registrar». Answers the folio shown, or fails with what the
     * page said instead.
     */
    public String registrarEscrito(String remitente, String nss, Map<String, byte[]> archivos)
            throws IOException, InterruptedException {
        HttpResponse<String> pagina = get("recepcion.xhtml");
        if (pagina.statusCode() != 200) {
            throw new AssertionError("recepción → " + pagina.statusCode());
        }
        Map<String, String> campos = new LinkedHashMap<>();
        campos.put("recepcion", "recepcion");
        campos.put("recepcion:tipoRemitente_input", "DERECHOHABIENTE");
        campos.put("recepcion:remitente", remitente);
        campos.put("recepcion:nss", nss);
        campos.put("recepcion:telefono", "5511223344");
        campos.put("recepcion:medio_input", "CORREO_POSTAL");
        campos.put("recepcion:fechaRecepcion_input", grupo(FECHA_RECEPCION, pagina.body()));
        campos.put("recepcion:asunto", "Escrito de " + remitente);
        campos.put("jakarta.faces.ViewState", viewState(pagina.body()));
        campos.put("primefaces.nonce", grupo(NONCE, pagina.body()));
        campos.put("jakarta.faces.partial.ajax", "true");
        for (Map.Entry<String, byte[]> archivo : archivos.entrySet()) {
            Map<String, String> carga = new LinkedHashMap<>(campos);
            carga.put("jakarta.faces.partial.execute", "recepcion:archivos");
            carga.put("jakarta.faces.source", "recepcion:archivos");
            carga.put("jakarta.faces.partial.render", "recepcion:listaArchivos");
            carga.put("recepcion:archivos_totalFilesCount", String.valueOf(archivos.size()));
            HttpResponse<String> r = multipart("recepcion.xhtml", carga, "recepcion:archivos", archivo.getKey(),
                    archivo.getValue());
            if (r.statusCode() != 200 || !r.body().contains("class=\"archivo\">" + archivo.getKey())) {
                throw new AssertionError("carga de " + archivo.getKey() + " → " + r.statusCode() + " "
                        + r.body().substring(0, Math.min(400, r.body().length())));
            }
        }
        campos.put("jakarta.faces.partial.execute", "recepcion");
        campos.put("jakarta.faces.source", "recepcion:registrar");
        campos.put("jakarta.faces.partial.render", "@all");
        campos.put("recepcion:registrar", "recepcion:registrar");
        HttpResponse<String> registro = post("recepcion.xhtml", campos, true);
        Matcher folio = FOLIO.matcher(registro.body());
        if (registro.statusCode() != 200 || !folio.find()) {
            throw new AssertionError("registro → " + registro.statusCode() + " "
                    + registro.body().replaceAll("(?s)<script.*?</script>", "").substring(0, Math.min(600, registro.body().length())));
        }
        return folio.group(1).trim();
    }

    private HttpResponse<String> multipart(String ruta, Map<String, String> campos, String nombreArchivo,
                                           String archivo, byte[] contenido) throws IOException, InterruptedException {
        String limite = "----siade" + System.nanoTime();
        java.io.ByteArrayOutputStream cuerpo = new java.io.ByteArrayOutputStream();
        for (Map.Entry<String, String> campo : campos.entrySet()) {
            cuerpo.writeBytes(("--" + limite + "\r\nContent-Disposition: form-data; name=\"" + campo.getKey()
                    + "\"\r\n\r\n" + campo.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        cuerpo.writeBytes(("--" + limite + "\r\nContent-Disposition: form-data; name=\"" + nombreArchivo
                + "\"; filename=\"" + archivo + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        cuerpo.writeBytes(contenido);
        cuerpo.writeBytes(("\r\n--" + limite + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest peticion = HttpRequest.newBuilder(URI.create(base + ruta)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + limite)
                .header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.ofByteArray(cuerpo.toByteArray())).build();
        return cliente.send(peticion, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The CSP nonce PrimeFaces puts in a page; a non-AJAX post sends it back, as the browser does. */
    public static String nonce(String pagina) {
        return grupo(NONCE, pagina);
    }

    private static String grupo(Pattern patron, String texto) {
        Matcher m = patron.matcher(texto);
        if (!m.find()) {
            throw new AssertionError("la página no trae " + patron);
        }
        return m.group(1);
    }

    public static String viewState(String pagina) {
        Matcher m = VIEW_STATE.matcher(pagina);
        if (!m.find()) {
            throw new AssertionError("la página no trae ViewState: " + pagina.substring(0, Math.min(300, pagina.length())));
        }
        return m.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    private static String formulario(Map<String, String> campos) {
        return campos.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
