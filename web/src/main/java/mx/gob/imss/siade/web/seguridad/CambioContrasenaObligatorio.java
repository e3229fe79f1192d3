package mx.gob.imss.siade.web.seguridad;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * While a temporary password must be changed, every protected request — pages, their AJAX requests and the
 * downloads alike — goes to «Cambiar contraseña» (public resources are not marked, and the page itself, with
 * its sign-out button, stays open). {@link MecanismoAutenticacion} marks the request.
 */
@WebFilter(urlPatterns = "/*")
public class CambioContrasenaObligatorio extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The page a user with a temporary password is sent to. */
    static final String CAMBIAR_CONTRASENA = "/cambiar-contrasena.xhtml";

    @Override
    protected void doFilter(HttpServletRequest peticion, HttpServletResponse respuesta, FilterChain cadena)
            throws IOException, ServletException {
        if (peticion.getAttribute(MecanismoAutenticacion.DEBE_CAMBIAR) == null
                || CAMBIAR_CONTRASENA.equals(peticion.getServletPath())) {
            cadena.doFilter(peticion, respuesta);
            return;
        }
        String destino = peticion.getContextPath() + CAMBIAR_CONTRASENA;
        if ("partial/ajax".equals(peticion.getHeader("Faces-Request"))) {
            respuesta.setContentType("text/xml");
            respuesta.setCharacterEncoding("UTF-8");
            respuesta.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + destino + "\"/></partial-response>");
        } else {
            respuesta.sendRedirect(destino);
        }
    }
}
