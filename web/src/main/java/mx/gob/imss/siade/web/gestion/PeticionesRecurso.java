package mx.gob.imss.siade.web.gestion;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import mx.gob.imss.siade.gestion.CasoEntrante;
import mx.gob.imss.siade.gestion.IngresoGestionService;
import mx.gob.imss.siade.web.infra.Mensajes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Cases from other systems: POST one (idempotent), GET the state of one sent by this account. */
@Path("v1/peticiones")
@Produces(MediaType.APPLICATION_JSON)
public class PeticionesRecurso {

    private static final String EJEMPLO = """
            {"tipoPersona": "DERECHOHABIENTE", "nombre": "Carmen Reyes Ortiz", "nss": "12345678903",
             "telefono": "8112345678", "correo": "carmen.reyes@example.com",
             "asunto": "Gestión de pago de incapacidad", "resumen": "Remitida por Atención Telefónica.",
             "ooadId": 19, "fechaRecepcion": "2026-11-30T09:15:00-06:00"}""";

    @EJB
    private IngresoGestionService ingreso;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Registra un caso recibido por teléfono",
            description = "Crea una petición del área de la cuenta, recibida por teléfono. La misma Idempotency-Key con el "
                    + "mismo contenido devuelve la misma respuesta sin crear otro caso.")
    @RequestBody(content = @Content(schema = @Schema(implementation = CasoEntrante.class),
            examples = @ExampleObject(name = "caso", value = EJEMPLO)))
    @APIResponse(responseCode = "201", description = "Caso registrado (o ya registrado con esa clave)")
    @APIResponse(responseCode = "400", description = "Datos inválidos (detalle de problema con cada campo)",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "nssInvalido",
                    value = "{\"type\":\"about:blank\",\"title\":\"El caso no se registró\",\"status\":400,\"detail\":"
                            + "\"Corrija los campos señalados.\",\"errores\":[{\"campo\":\"nss\",\"mensaje\":\"El NSS debe "
                            + "tener 11 dígitos y un dígito verificador válido.\"}]}")))
    @APIResponse(responseCode = "401", description = "Sin credenciales de cuenta de servicio")
    @APIResponse(responseCode = "422", description = "La clave ya se usó con otro contenido")
    public Response registrar(@Parameter(description = "Clave única del caso en el sistema que lo envía", required = true)
                              @HeaderParam("Idempotency-Key") String clave, CasoEntrante caso) {
        IngresoGestionService.Resultado r = ingreso.registrar(clave, caso);
        return Response.created(uri.getAbsolutePathBuilder().path(r.folio()).build()).entity(r).build();
    }

    @GET
    @Path("{folio}")
    @Operation(summary = "Estado de un caso enviado por esta cuenta")
    @APIResponse(responseCode = "200", description = "Estado del caso")
    @APIResponse(responseCode = "404", description = "No hay un caso con ese folio enviado por esta cuenta")
    public Response estado(@PathParam("folio") String folio) {
        return ingreso.estado(folio).map(r -> Response.ok(r).build())
                .orElseGet(() -> new Problema("about:blank", Mensajes.texto("api.noEncontrado"), 404,
                        Mensajes.texto("api.noEncontradoDetalle", folio), List.of()).respuesta());
    }
}
