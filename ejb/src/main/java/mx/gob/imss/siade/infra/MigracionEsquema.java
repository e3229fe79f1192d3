package mx.gob.imss.siade.infra;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date from the versioned scripts of {@code ddl/} before anything else
 * touches the database. The same scripts run on Oracle and on H2 in Oracle mode.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class MigracionEsquema {

    private static final Logger LOG = Logger.getLogger(MigracionEsquema.class.getName());

    @Resource(lookup = "jdbc/siade")
    private DataSource dataSource;

    private volatile boolean completa;

    @PostConstruct
    void migrar() {
        MigrateResult resultado = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                // ${...} in the scripts is data (oficio templates' merge fields), not Flyway placeholders.
                .placeholderReplacement(false)
                .load()
                .migrate();
        LOG.info(() -> "Esquema SIADE en versión " + resultado.targetSchemaVersion
                + " (" + resultado.migrationsExecuted + " migraciones aplicadas ahora)");
        completa = true;
    }

    public boolean completa() {
        return completa;
    }
}
