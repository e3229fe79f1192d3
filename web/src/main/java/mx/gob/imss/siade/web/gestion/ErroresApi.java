package mx.gob.imss.siade.web.gestion;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.imss.siade.gestion.CasoRechazadoException;
import mx.gob.imss.siade.infra.ReglaNegocioException;
import mx.gob.imss.siade.web.infra.Mensajes;

/** Every error of the API as a problem detail in Spanish (RFC 9457): never a stack trace. */
@Provider
public class ErroresApi implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ErroresApi.class.getName());

    @Override
    public Response toResponse(Throwable error) {
        Throwable causa = error;
        while ((causa instanceof EJBException || causa instanceof jakarta.ws.rs.ProcessingException)
                && causa.getCause() != null && causa != causa.getCause()) {
            causa = causa.getCause();
        }
        if (causa instanceof CasoRechazadoException rechazo) {
            int estado = "error.api.claveReutilizada".equals(rechazo.clave()) ? 422 : 400;
            return new Problema("about:blank", Mensajes.texto("api.rechazado"), estado, Mensajes.texto(rechazo.clave()),
                    rechazo.errores()).respuesta();
        }
        if (causa instanceof ReglaNegocioException regla) {
            return new Problema("about:blank", Mensajes.texto("api.rechazado"), 400,
                    Mensajes.texto(regla.clave(), regla.argumentos()), List.of()).respuesta();
        }
        if (causa instanceof EJBAccessException) {
            return new Problema("about:blank", Mensajes.texto("api.prohibido"), 403, Mensajes.texto("api.prohibidoDetalle"),
                    List.of()).respuesta();
        }
        if (causa instanceof JsonbException || causa instanceof jakarta.ws.rs.BadRequestException) {
            return new Problema("about:blank", Mensajes.texto("api.jsonInvalido"), 400,
                    Mensajes.texto("api.jsonInvalidoDetalle"), List.of()).respuesta();
        }
        if (causa instanceof WebApplicationException web) {
            int estado = web.getResponse().getStatus();
            return new Problema("about:blank", Mensajes.texto("api.http"), estado, Mensajes.texto("api.httpDetalle", estado),
                    List.of()).respuesta();
        }
        LOG.log(Level.SEVERE, "Error no previsto en la API", error);
        return new Problema("about:blank", Mensajes.texto("api.interno"), 500, Mensajes.texto("api.internoDetalle"),
                List.of()).respuesta();
    }
}
