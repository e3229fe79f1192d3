package mx.gob.imss.siade.web.gestion;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import mx.gob.imss.siade.gestion.CasoRechazadoException;

/** An RFC 9457 problem detail, in Spanish, with the fields at fault. */
public record Problema(String type, String title, int status, String detail, List<CasoRechazadoException.Error> errores) {

    public static final MediaType TIPO = MediaType.valueOf("application/problem+json;charset=UTF-8");

    public Response respuesta() {
        return Response.status(status).type(TIPO).entity(this).build();
    }
}
