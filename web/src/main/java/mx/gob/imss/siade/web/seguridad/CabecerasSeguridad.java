package mx.gob.imss.siade.web.seguridad;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response of the application, pages, AJAX, documents and TIFF pages
 * alike. Scripts are limited by PrimeFaces' own Content-Security-Policy with a nonce per request
 * ({@code primefaces.CSP} in web.xml); this second policy adds what that one does not say: no
 * framing, no plugins, forms and base only to this origin. Browsers enforce both.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class CabecerasSeguridad extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** No script-src here: that is PrimeFaces' nonce policy, and a second one would block its nonce scripts. */
    static final String POLITICA = "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest peticion, HttpServletResponse respuesta, FilterChain cadena)
            throws IOException, ServletException {
        respuesta.setHeader("X-Content-Type-Options", "nosniff");
        respuesta.setHeader("X-Frame-Options", "DENY");
        respuesta.setHeader("Referrer-Policy", "same-origin");
        respuesta.addHeader("Content-Security-Policy", POLITICA);
        if (peticion.isSecure()) {
            respuesta.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        cadena.doFilter(peticion, respuesta);
    }
}
