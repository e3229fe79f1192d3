package mx.gob.imss.siade.indicadores;

import java.time.LocalDate;
import java.util.Optional;
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
    /** EN_PLAZO of a case concluded without an answer deadline (e.g. never classified). */
    public static final int SIN_PLAZO = -1;

    /** The key of the reception summary row this case counts in. */
    public record ClaveRecepcion(LocalDate dia, long areaDacId, String medio, String tipo, long ooadId, long umaeId,
                                 long instanciaId) {
    }

    /** The key of the conclusion summary row this case counts in. */
    public record ClaveConclusion(LocalDate dia, long areaDacId, String tipo, String tipoInstancia, int diasHabiles,
                                  int enPlazo) {
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

    public Optional<ClaveRecepcion> recepcion() {
        return cuenta ? Optional.of(new ClaveRecepcion(diaRecepcion, areaDacId, medio, tipo, ooadId, umaeId, instanciaId))
                : Optional.empty();
    }

    public Optional<ClaveConclusion> conclusion() {
        return cuenta && diaConclusion != null
                ? Optional.of(new ClaveConclusion(diaConclusion, areaDacId, tipo, tipoInstancia, diasHabiles, enPlazo))
                : Optional.empty();
    }
}
