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
        return cliente.send(HttpRequest.newBuilder(URI.create(base + ruta)).timeout(Duration.ofSeconds(60)).build(),
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
        return post("login.xhtml", campos, false);
    }

    /** The PrimeFaces AJAX request that pages the Bandeja's lazy table (as the paginator sends it). */
    public HttpResponse<String> paginarBandeja(String viewState, int primero) throws IOException, InterruptedException {
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
        campos.put("jakarta.faces.ViewState", viewState);
        return post("bandeja.xhtml", campos, true);
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
