package mx.gob.imss.siade.pruebas;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** The client side of {@link SembradorServlet}, for tests that run outside the server. */
public final class Sembrador {

    private final String base;

    public Sembrador(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    /** A fresh case in {@code estado} of {@code area}; answers its folio. */
    public String caso(String estado, String area) throws IOException, InterruptedException {
        return pedir("pruebas/sembrar?estado=" + estado + "&area=" + area);
    }

    /** A fresh case with one scanned letter filed; answers folio and the document's id. */
    public String[] casoConDocumento(String estado, String area) throws IOException, InterruptedException {
        return pedir("pruebas/sembrar?estado=" + estado + "&area=" + area + "&conDocumento=1").split("\\n");
    }

    /** A case with a two-page scanned letter whose page 2 asks for «guanábanas»: {folio, id of the scan}. */
    public String[] casoConEscaneo(String estado, String area) throws IOException, InterruptedException {
        return pedir("pruebas/sembrar?estado=" + estado + "&area=" + area + "&escaneo=1").split("\\n");
    }

    /** Drops a scan mentioning {@code folio} into a digitisation folder and takes it in (→ «Por clasificar»). */
    public void escaneoEnCarpeta(String folio) throws IOException, InterruptedException {
        pedir("pruebas/carpeta?folio=" + folio);
    }

    /** Runs the OCR of every queued scan now and brings the search index up to date; answers how many. */
    public int reconocerTexto() throws IOException, InterruptedException {
        return Integer.parseInt(pedir("pruebas/ocr"));
    }

    /** A case with an oficio de notificación drafted: {folio, id of the oficio's PDF}. */
    public String[] casoConOficio(String estado, String area) throws IOException, InterruptedException {
        return pedir("pruebas/sembrar?estado=" + estado + "&area=" + area + "&conOficio=1").split("\\n");
    }

    /** A case and its código de consulta (as printed: XXXX-XXXX-XXXX). */
    public String[] casoConCodigo(String estado, String area) throws IOException, InterruptedException {
        return pedir("pruebas/sembrar?estado=" + estado + "&area=" + area + "&conCodigo=1").split("\\n");
    }

    /** A Gestión case remitted by {@code instancia} by telephone (Formato de petición, Anexo 16); answers its folio. */
    public String casoDeInstancia(String instancia) throws IOException, InterruptedException {
        return pedir("pruebas/sembrar?instancia=" + java.net.URLEncoder.encode(instancia, StandardCharsets.UTF_8));
    }

    /** Runs the expiry timer as if {@code dias} days had passed; answers how many petitions it concluded. */
    public int vencer(int dias) throws IOException, InterruptedException {
        return Integer.parseInt(pedir("pruebas/vencer?dias=" + dias));
    }

    /** The server's private folder for uploads waiting to be registered. */
    public java.nio.file.Path carpetaTemporal() throws IOException, InterruptedException {
        return java.nio.file.Path.of(pedir("pruebas/carpeta-temporal").trim());
    }

    /** Where the server's demo PKI keeps the demo e.firma files (same machine). */
    public java.nio.file.Path pkiDemo() throws IOException, InterruptedException {
        return java.nio.file.Path.of(pedir("pruebas/pki-demo").trim());
    }

    /** Clears the sign-in failure counters, so one test's wrong passwords do not slow the next. */
    public void olvidarIntentos() throws IOException, InterruptedException {
        pedir("pruebas/olvidar-intentos");
    }

    /**
     * The administrador's action on a user ({@code crear} a consultor of Correspondencia, {@code desactivar},
     * {@code reactivar}, {@code restablecer}, {@code desbloquear}); answers the temporary password when one is given.
     */
    public String usuario(String accion, String nombre) throws IOException, InterruptedException {
        return pedir("pruebas/usuario?accion=" + accion + "&nombre=" + nombre);
    }

    private String pedir(String ruta) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + ruta)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            throw new AssertionError("el sembrador respondió " + r.statusCode() + ": " + r.body());
        }
        return r.body().trim();
    }
}
