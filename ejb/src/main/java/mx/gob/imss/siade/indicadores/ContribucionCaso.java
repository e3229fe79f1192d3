package mx.gob.imss.siade.indicadores;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.peticion.EstadoPeticion;
import mx.gob.imss.siade.plazos.CalendarioHabil;

/**
 * What one case adds to the summaries: one reception (on its day, with its attributes) and, once concluded,
 * one conclusion (on its day, with the business days it took and whether the answer deadline was met). An
 * annulled case adds nothing ({@code cuenta} false). Dates are Mexico City dates.
 *
 * <p>Business days to conclusion: those after the reception day up to and including the conclusion day
 * ({@link CalendarioHabil#diasHabilesEntre}), so a case concluded the day it arrived took 0, and weekends and
 * holidays in between do not count.
 */
public record ContribucionCaso(long areaDacId, String medio, String tipo, long ooadId, long umaeId, long instanciaId,
                               String tipoInstancia, LocalDate diaRecepcion, LocalDate diaConclusion,
                               Integer diasHabiles, int enPlazo, boolean cuenta) {

    public static final String SIN_CLASIFICAR = "SIN_CLASIFICAR";
    public static final String SIN_DERIVAR = "SIN_DERIVAR";
    /** A letter registered without OOAD or UMAE (an empty key would be NULL in Oracle, and refused). */
    public static final String SIN_UBICACION = "SIN_UBICACION";
    /** EN_PLAZO of a case concluded without an answer deadline (e.g. never classified). */
    public static final int SIN_PLAZO = -1;

    /** One row of a summary this case counts in, and what it adds there. */
    public sealed interface Incremento permits Diario, Mensual, Conclusion {
    }

    /** RESUMEN_DIARIO: received on that day, by channel. */
    public record Diario(LocalDate dia, long areaDacId, String medio) implements Incremento {
    }

    /** RESUMEN_MENSUAL: received in that month ({@code mes} its first day) by one attribute. */
    public record Mensual(LocalDate mes, long areaDacId, String dimension, String clave) implements Incremento {
    }

    /** RESUMEN_TIEMPOS: concluded in that month after {@code diasHabiles}, and whether the deadline was met. */
    public record Conclusion(LocalDate mes, long areaDacId, String grupo, String clave, int diasHabiles, int enPlazo)
            implements Incremento {
    }

    public static ContribucionCaso de(DatosCaso c, CalendarioHabil calendario) {
        LocalDate recibida = c.fechaRecepcion().atZoneSameInstant(Tiempo.ZONA_MEXICO).toLocalDate();
        boolean concluida = c.estado() == EstadoPeticion.CONCLUIDA && c.fechaConclusion() != null;
        LocalDate concluidaEl = concluida ? c.fechaConclusion().atZoneSameInstant(Tiempo.ZONA_MEXICO).toLocalDate() : null;
        Integer dias = concluida ? Math.max(0, calendario.diasHabilesEntre(recibida, concluidaEl)) : null;
        int enPlazo = !concluida || c.limiteAlConcluir() == null ? SIN_PLAZO
                : concluidaEl.isAfter(c.limiteAlConcluir()) ? 0 : 1;
        return new ContribucionCaso(c.areaDacId(), c.medio().name(), c.tipo() == null ? SIN_CLASIFICAR : c.tipo().name(),
                c.ooadId() == null ? 0 : c.ooadId(), c.umaeId() == null ? 0 : c.umaeId(),
                c.instanciaId() == null ? 0 : c.instanciaId(),
                c.tipoInstancia() == null ? SIN_DERIVAR : c.tipoInstancia().name(), recibida, concluidaEl, dias,
                enPlazo, c.estado() != EstadoPeticion.ANULADA);
    }

    /** Every summary row this case counts in (none when annulled). */
    public List<Incremento> incrementos() {
        if (!cuenta) {
            return List.of();
        }
        LocalDate mes = diaRecepcion.withDayOfMonth(1);
        List<Incremento> filas = new ArrayList<>(List.of(new Diario(diaRecepcion, areaDacId, medio),
                new Mensual(mes, areaDacId, "MEDIO", medio), new Mensual(mes, areaDacId, "TIPO", tipo),
                new Mensual(mes, areaDacId, "UBICACION", ooadId != 0 ? "OOAD:" + ooadId : umaeId != 0 ? "UMAE:" + umaeId : SIN_UBICACION),
                new Mensual(mes, areaDacId, "INSTANCIA", String.valueOf(instanciaId))));
        if (diaConclusion != null) {
            LocalDate mesConclusion = diaConclusion.withDayOfMonth(1);
            filas.add(new Conclusion(mesConclusion, areaDacId, "TIPO", tipo, diasHabiles, enPlazo));
            filas.add(new Conclusion(mesConclusion, areaDacId, "INSTANCIA", tipoInstancia, diasHabiles, enPlazo));
        }
        return filas;
    }
}
