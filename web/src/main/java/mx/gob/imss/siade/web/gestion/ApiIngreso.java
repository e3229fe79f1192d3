package mx.gob.imss.siade.web.gestion;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API of SIADE, under {@code /api}; its OpenAPI document is served by Payara at {@code /openapi}. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "SIADE — API de ingreso de casos", version = "1",
        description = "Ingreso de casos de Gestión desde otros sistemas (CRM de Atención Telefónica) y consulta de su "
                + "estado. Cuenta de servicio con rol INTEGRACION (HTTP Basic); cada alta lleva Idempotency-Key. "
                + "Los errores son detalles de problema (RFC 9457) en español."),
        security = @SecurityRequirement(name = "cuentaDeServicio"))
@SecurityScheme(securitySchemeName = "cuentaDeServicio", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ApiIngreso extends Application {
}
