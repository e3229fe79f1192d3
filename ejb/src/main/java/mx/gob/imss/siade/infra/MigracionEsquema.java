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
                .locations(ubicaciones())
                .failOnMissingLocations(true)
                // ${...} in the scripts is data (oficio templates' merge fields), not Flyway placeholders.
                .placeholderReplacement(false)
                .load()
                .migrate();
        LOG.info(() -> "Esquema SIADE en versión " + resultado.targetSchemaVersion
                + " (" + resultado.migrationsExecuted + " migraciones aplicadas ahora)");
        completa = true;
    }

    /** The common scripts, and on Oracle also those only Oracle can take (ddl/oracle: PL/SQL triggers). */
    private String[] ubicaciones() {
        try (java.sql.Connection c = dataSource.getConnection()) {
            boolean oracle = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("oracle");
            return oracle ? new String[] {"classpath:db/migration", "classpath:db/vendor/oracle"}
                    : new String[] {"classpath:db/migration"};
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("No se pudo leer el tipo de base de datos", e);
        }
    }

    public boolean completa() {
        return completa;
    }
}
