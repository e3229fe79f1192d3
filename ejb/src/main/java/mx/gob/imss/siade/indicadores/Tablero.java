package mx.gob.imss.siade.indicadores;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import mx.gob.imss.siade.plazos.Semaforo;

/**
 * The figures of the indicators dashboard and of the monthly report, for an área (or all) and a period of
 * reception/conclusion dates (inclusive). Received cases by channel over time and by tipo, OOAD/UMAE and
 * instancia; open cases by semáforo (today); concluded cases: within the deadline, median and 90th
 * percentile of business days, per tipo and per kind of instancia; answers sent back as not conclusive;
 * open cases per consultor; satisfaction survey results.
 */
public record Tablero(LocalDate desde, LocalDate hasta, Long areaDacId, String area, List<Tramo> tramos,
                      Map<String, Long> recibidasPorMedio, List<Cuenta> recibidasPorTipo, List<Cuenta> recibidasPorUbicacion,
                      List<Cuenta> recibidasPorInstancia, Map<Semaforo, Long> abiertasPorSemaforo, Histograma concluidas,
                      Map<String, Histograma> concluidasPorTipo, Map<String, Histograma> concluidasPorTipoInstancia,
                      long respuestasRechazadas, List<CargaConsultor> carga, Map<Integer, Long> encuesta,
                      OffsetDateTime actualizadoEn) implements Serializable {

    /** A stretch of the period (a day, or a month for long periods) and what was received in it, per channel. */
    public record Tramo(String etiqueta, LocalDate desde, LocalDate hasta, Map<String, Long> porMedio)
            implements Serializable {

        public long total() {
            return porMedio.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** A labelled count; {@code clave} is what the Bandeja filters by (a tipo, "OOAD:15", an instancia id). */
    public record Cuenta(String clave, String etiqueta, long cantidad) implements Serializable {
    }

    /** Open cases of a consultor today, and how many of them are past their deadline. */
    public record CargaConsultor(String usuario, String nombre, long abiertas, long vencidas) implements Serializable {
    }

    public long recibidas() {
        return recibidasPorMedio.values().stream().mapToLong(Long::longValue).sum();
    }

    public long abiertas() {
        return abiertasPorSemaforo.values().stream().mapToLong(Long::longValue).sum();
    }

    public long encuestas() {
        return encuesta.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Average rating of the surveys answered in the period (1 to 5); null without any. */
    public Double calificacionPromedio() {
        long n = encuestas();
        return n == 0 ? null : encuesta.entrySet().stream().mapToDouble(e -> e.getKey() * (double) e.getValue()).sum() / n;
    }
}
