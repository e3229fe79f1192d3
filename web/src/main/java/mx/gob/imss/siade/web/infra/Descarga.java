package mx.gob.imss.siade.web.infra;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Headers of a file the user downloads or opens: its own name (RFC 5987, any characters) and never cached. */
public final class Descarga {

    private Descarga() {
    }

    /** {@code enLinea}: shown in the browser; otherwise saved. The name is the user's file name, encoded. */
    public static void encabezados(HttpServletResponse respuesta, boolean enLinea, String nombreArchivo) {
        respuesta.setHeader("Content-Disposition", (enLinea ? "inline" : "attachment") + "; filename*=UTF-8''"
                + URLEncoder.encode(nombreArchivo, StandardCharsets.UTF_8).replace("+", "%20"));
        respuesta.setHeader("Cache-Control", "private, no-store");
    }
}
