package mx.gob.imss.siade.consulta;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.annotation.Resource;
import java.util.logging.Logger;
import mx.gob.imss.siade.infra.MigracionEsquema;
import jakarta.inject.Inject;

/**
 * Petitions registered before the public status page get their código de consulta once, after
 * start, in the background and in batches (each its own transaction, rows locked: two nodes never
 * give one petición two codes). New petitions get theirs at registration.
 */
@Singleton
@Startup
@DependsOn("MigracionEsquema")
public class CodigosDeConsulta {

    private static final Logger LOG = Logger.getLogger(CodigosDeConsulta.class.getName());
    private static final int LOTE = 500;

    @Resource
    private SessionContext contexto;

    @EJB
    private CodigosDeConsultaLote lote;

    @Inject
    private MigracionEsquema migracion;

    @PostConstruct
    void iniciar() {
        if (migracion.completa()) {
            contexto.getBusinessObject(CodigosDeConsulta.class).completar();
        }
    }

    @Asynchronous
    public void completar() {
        int total = 0;
        for (int hechos = lote.completar(LOTE); hechos > 0; hechos = lote.completar(LOTE)) {
            total += hechos;
        }
        if (total > 0) {
            int n = total;
            LOG.info(() -> "Código de consulta pública asignado a " + n + " peticiones anteriores");
        }
    }
}
