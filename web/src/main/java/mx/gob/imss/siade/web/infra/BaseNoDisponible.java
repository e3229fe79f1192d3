package mx.gob.imss.siade.web.infra;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.logging.Logger;
import mx.gob.imss.siade.web.seguridad.AccesoPantallas;

/**
 * The database does not answer (server down, network cut, pool unable to open a connection): the request
 * ends with 503 and the error page says so in Spanish, instead of a generic failure. Nothing is half-written
 * — every change is one transaction, rolled back — and the pool opens new connections by itself when the
 * database is back (it validates each one before handing it out). Servlets and pages go through this
 * filter; JSF actions through {@link ManejadorExcepciones}; the per-request account check through the
 * authentication mechanism.
 */
@WebFilter(urlPatterns = "/*")
public class BaseNoDisponible extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(BaseNoDisponible.class.getName());

    /** Whether {@code error} comes from a database that cannot be reached (its cause chain says so). */
    public static boolean en(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLNonTransientConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            String nombre = t.getClass().getName();
            String mensaje = String.valueOf(t.getMessage());
            // The server's pool when it cannot open a connection at all.
            if (nombre.endsWith("ResourceAllocationException") || nombre.endsWith("PoolingException")
                    || mensaje.contains("Error in allocating a connection")) {
                return true;
            }
        }
        return false;
    }

    /** Answers 503 with the error page and its Spanish message; logs one line (no stack trace: it is not a bug). */
    public static void responder(HttpServletRequest peticion, HttpServletResponse respuesta, Throwable error)
            throws IOException {
        LOG.warning(() -> "La base de datos no responde (" + peticion.getRequestURI() + "): " + raiz(error));
        if (!respuesta.isCommitted()) {
            peticion.setAttribute(AccesoPantallas.MENSAJE, Mensajes.texto("error.baseNoDisponible"));
            respuesta.setHeader("Retry-After", "60");
            respuesta.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    private static String raiz(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    @Override
    protected void doFilter(HttpServletRequest peticion, HttpServletResponse respuesta, FilterChain cadena)
            throws IOException, ServletException {
        try {
            cadena.doFilter(peticion, respuesta);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!en(e)) {
                throw e;
            }
            responder(peticion, respuesta, e);
        }
    }
}
