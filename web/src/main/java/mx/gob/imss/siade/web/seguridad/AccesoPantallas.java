package mx.gob.imss.siade.web.seguridad;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import mx.gob.imss.siade.web.infra.Mensajes;

/**
 * A screen the user's role does not use answers 403 with the Spanish error page, before the page
 * renders and calls a service that would refuse it anyway (which left a blank page before).
 */
@WebFilter(urlPatterns = "*.xhtml")
public class AccesoPantallas extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Request attribute with the message the error page shows. */
    public static final String MENSAJE = "siade.error.mensaje";

    @Override
    protected void doFilter(HttpServletRequest peticion, HttpServletResponse respuesta, FilterChain cadena)
            throws IOException, ServletException {
        var pantalla = Pantalla.deRuta(peticion.getServletPath());
        if (pantalla.isPresent() && peticion.getUserPrincipal() != null
                && !pantalla.get().permitidaA(peticion::isUserInRole)) {
            peticion.setAttribute(MENSAJE, Mensajes.texto("error.acceso.pantalla"));
            respuesta.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        cadena.doFilter(peticion, respuesta);
    }
}
