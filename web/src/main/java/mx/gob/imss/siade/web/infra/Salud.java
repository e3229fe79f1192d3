package mx.gob.imss.siade.web.infra;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import mx.gob.imss.siade.infra.MigracionEsquema;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only once the schema has been migrated (and with it the reference data). Lives in the web
 * module: Payara Server discovers health checks in web modules, not in an EAR's ejb module.
 */
@Readiness
@ApplicationScoped
public class Salud implements HealthCheck {

    @EJB
    private MigracionEsquema migracion;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("esquema-siade").status(migracion.completa()).build();
    }
}
