package mx.gob.imss.siade.web.infra;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.imss.siade.infra.ReglaNegocioException;

/**
 * The one place where exceptions of a JSF request become what the user sees: a business refusal
 * becomes its Spanish message on the same page; a concurrent change asks to reload; an access
 * refusal says so; a database that does not answer says so; anything else is logged once with a reference number, and the user sees a
 * generic message with that number. No stack trace reaches a page.
 */
public class ManejadorExcepciones extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(ManejadorExcepciones.class.getName());

    public ManejadorExcepciones(ExceptionHandler envuelto) {
        super(envuelto);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> eventos = getUnhandledExceptionQueuedEvents().iterator();
        while (eventos.hasNext()) {
            Throwable error = eventos.next().getContext().getException();
            eventos.remove();
            FacesContext contexto = FacesContext.getCurrentInstance();
            if (buscar(error, ViewExpiredException.class) != null) {
                redirigir(contexto, "/login.xhtml?expirada=true");
                continue;
            }
            ReglaNegocioException regla = buscar(error, ReglaNegocioException.class);
            if (regla != null) {
                Mensajes.error(regla.clave(), regla.argumentos());
            } else if (buscar(error, OptimisticLockException.class) != null) {
                Mensajes.error("error.peticion.modificada", "");
            } else if (buscar(error, EJBAccessException.class) != null) {
                Mensajes.error("error.accesoDenegado");
            } else if (cargaDemasiadoGrande(error)) {
                Mensajes.error("error.documento.tamanoServidor");
            } else if (BaseNoDisponible.en(error)) {
                LOG.warning(() -> "La base de datos no responde: " + error);
                Mensajes.error("error.baseNoDisponible");
            } else {
                String referencia = UUID.randomUUID().toString().substring(0, 8);
                LOG.log(Level.SEVERE, "Error no previsto, referencia " + referencia + ", vista "
                        + (contexto.getViewRoot() == null ? "?" : contexto.getViewRoot().getViewId()), error);
                Mensajes.error("error.inesperado", referencia);
            }
            contexto.validationFailed();
            contexto.renderResponse();
        }
        getWrapped().handle();
    }

    /** The servlet container refused an upload over web.xml's multipart limits (a browser that skipped the check). */
    private static boolean cargaDemasiadoGrande(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String mensaje = t.getMessage();
            if (mensaje != null && (mensaje.contains("exceeds its maximum permitted")
                    || mensaje.contains("exceeds the configured maximum"))) {
                return true;
            }
        }
        return false;
    }

    private static void redirigir(FacesContext contexto, String destino) {
        try {
            contexto.getExternalContext().redirect(contexto.getExternalContext().getRequestContextPath() + destino);
            contexto.responseComplete();
        } catch (IOException e) {
            throw new FacesException(e);
        }
    }

    private static <T extends Throwable> T buscar(Throwable error, Class<T> tipo) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (tipo.isInstance(t)) {
                return tipo.cast(t);
            }
        }
        return null;
    }
}
