package mx.gob.imss.siade.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once the schema has been migrated (and with it the reference data). */
@Readiness
@ApplicationScoped
public class Salud implements HealthCheck {

    @Inject
    private MigracionEsquema migracion;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("esquema-siade").status(migracion.completa()).build();
    }
}
