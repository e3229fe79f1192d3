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

    /** The page a user with a temporary password is sent to. */
    static final String CAMBIAR_CONTRASENA = "/cambiar-contrasena.xhtml";

    @Override
    protected void doFilter(HttpServletRequest peticion, HttpServletResponse respuesta, FilterChain cadena)
            throws IOException, ServletException {
        if (peticion.getAttribute(MecanismoAutenticacion.DEBE_CAMBIAR) != null
                && !CAMBIAR_CONTRASENA.equals(peticion.getServletPath())) {
            // A temporary password: nothing else until it is changed.
            String destino = peticion.getContextPath() + CAMBIAR_CONTRASENA;
            if ("partial/ajax".equals(peticion.getHeader("Faces-Request"))) {
                respuesta.setContentType("text/xml");
                respuesta.setCharacterEncoding("UTF-8");
                respuesta.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + destino + "\"/></partial-response>");
            } else {
                respuesta.sendRedirect(destino);
            }
            return;
        }
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
