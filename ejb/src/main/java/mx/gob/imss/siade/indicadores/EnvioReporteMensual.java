package mx.gob.imss.siade.indicadores;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.imss.siade.plazos.CalendarioRepository;

/**
 * Every hour of the working day: from the first business day of a month on, each subscriber who has not yet
 * received it gets the report of the month before
 * ({@link SuscripcionesReporte#enviar}, one transaction per subscriber that claims the month by a conditional
 * update, so two nodes or a restart never send it twice, and a failure leaves it for the next run).
 */
@Singleton
@PermitAll
public class EnvioReporteMensual {

    private static final Logger LOG = Logger.getLogger(EnvioReporteMensual.class.getName());

    @EJB
    private SuscripcionesReporte suscripciones;

    @Inject
    private CalendarioRepository calendarios;

    @Inject
    private Clock reloj;

    @Inject
    private mx.gob.imss.siade.infra.MigracionEsquema migracion;

    @Schedule(hour = "7-20", minute = "5", persistent = false, info = "Reporte estadístico mensual")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void revisar() {
        if (migracion.completa()) {
            enviarSiCorresponde();
        }
    }

    /** @return how many reports were queued now (0 when today is not the first business day of the month) */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int enviarSiCorresponde() {
        LocalDate hoy = LocalDate.now(reloj.withZone(mx.gob.imss.siade.infra.Tiempo.ZONA_MEXICO));
        LocalDate primerHabil = calendarios.calendario(hoy).sumarDiasHabiles(hoy.withDayOfMonth(1), 0);
        if (hoy.isBefore(primerHabil)) {
            return 0; // from the first business day on: a day with every node down only delays it
        }
        YearMonth mes = YearMonth.from(hoy).minusMonths(1);
        int enviados = 0;
        for (Long usuario : suscripciones.pendientes(mes)) {
            try {
                enviados += suscripciones.enviar(usuario, mes) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "No se pudo preparar el reporte mensual del usuario " + usuario + "; se reintenta", e);
            }
        }
        return enviados;
    }

    List<Long> pendientes(YearMonth mes) {
        return suscripciones.pendientes(mes);
    }
}
