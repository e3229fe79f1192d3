package mx.gob.imss.siade.busqueda;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every few seconds takes the index's outbox, so a change is searchable within seconds. At its first run
 * after a start, an index emptier than the database (deleted, new folder) is rebuilt; tasks left by a
 * crash are simply taken.
 */
@Singleton
@PermitAll
public class IndexadorPendientes {

    private static final Logger LOG = Logger.getLogger(IndexadorPendientes.class.getName());

    @EJB
    private ProcesoIndice proceso;

    @EJB
    private ReconstruccionIndice reconstruccion;

    @Inject
    private IndiceBusqueda indice;

    @Inject
    private mx.gob.imss.siade.infra.MigracionEsquema migracion;

    private boolean revisado;

    @Schedule(hour = "*", minute = "*", second = "*/3", persistent = false, info = "Índice de búsqueda")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void revisar() {
        if (!migracion.completa() || reconstruccion.avance().enCurso()) {
            return;
        }
        try {
            if (!revisado) {
                revisado = true;
                if (indice.documentos() < proceso.peticiones()) {
                    LOG.info("El índice de búsqueda tiene menos peticiones que la base: se reconstruye");
                    reconstruccion.iniciarDesdeSistema();
                    return;
                }
            }
            ponerAlDia();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "No se pudo poner al día el índice de búsqueda; se reintenta", e);
        }
    }

    /** Takes every pending task now (tests and the rebuild command call it instead of waiting). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int ponerAlDia() {
        return reconstruccion.ponerAlDia();
    }
}
