package mx.gob.imss.siade.indicadores;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import mx.gob.imss.siade.infra.Textos;
import mx.gob.imss.siade.peticion.MedioCaptacion;
import mx.gob.imss.siade.plazos.Semaforo;

/**
 * Puts the dashboard together from the summary rows (no database here): the period cut into days (up to
 * {@value #DIAS_POR_DIA} days) or months, the histograms per group. The service reads the rows.
 */
public final class ArmadoTablero {

    /** Periods up to this many days are shown day by day; longer ones month by month. */
    public static final int DIAS_POR_DIA = 62;

    private static final DateTimeFormatter DIA = DateTimeFormatter.ofPattern("dd/MM");
    private static final DateTimeFormatter MES = DateTimeFormatter.ofPattern("MMM yyyy", Textos.ES_MX);

    /** Received per day and channel. */
    public record FilaRecepcion(LocalDate dia, String medio, long cantidad) {
    }

    /**
     * Concluded per {@code grupo} ("TIPO" or "INSTANCIA") and its {@code clave}, by business days: how many,
     * how many met the deadline, how many did not.
     */
    public record FilaConclusion(String grupo, String clave, int diasHabiles, long cantidad, long enPlazo, long fueraDePlazo) {
    }

    private ArmadoTablero() {
    }

    public static List<Tablero.Tramo> tramos(LocalDate desde, LocalDate hasta, List<FilaRecepcion> filas) {
        boolean porDia = ChronoUnit.DAYS.between(desde, hasta) < DIAS_POR_DIA;
        List<Tablero.Tramo> tramos = new ArrayList<>();
        LocalDate inicio = desde;
        while (!inicio.isAfter(hasta)) {
            LocalDate fin = porDia ? inicio : min(inicio.withDayOfMonth(inicio.lengthOfMonth()), hasta);
            Map<String, Long> porMedio = new LinkedHashMap<>();
            for (MedioCaptacion m : MedioCaptacion.values()) {
                porMedio.put(m.name(), 0L);
            }
            LocalDate a = inicio;
            LocalDate b = fin;
            filas.stream().filter(f -> !f.dia().isBefore(a) && !f.dia().isAfter(b))
                    .forEach(f -> porMedio.merge(f.medio(), f.cantidad(), Long::sum));
            tramos.add(new Tablero.Tramo(porDia ? inicio.format(DIA) : inicio.format(MES), inicio, fin, porMedio));
            inicio = fin.plusDays(1);
        }
        return tramos;
    }

    public static Map<String, Long> porMedio(List<Tablero.Tramo> tramos) {
        Map<String, Long> total = new LinkedHashMap<>();
        for (MedioCaptacion m : MedioCaptacion.values()) {
            total.put(m.name(), tramos.stream().mapToLong(t -> t.porMedio().getOrDefault(m.name(), 0L)).sum());
        }
        return total;
    }

    /** All conclusions in one histogram, and per tipo and per kind of instancia (keys in order). */
    public record Conclusiones(Histograma todas, Map<String, Histograma> porTipo, Map<String, Histograma> porTipoInstancia) {
    }

    public static Conclusiones conclusiones(List<FilaConclusion> filas) {
        Histograma todas = new Histograma();
        Map<String, Histograma> porTipo = new TreeMap<>();
        Map<String, Histograma> porTipoInstancia = new TreeMap<>();
        for (FilaConclusion f : filas) {
            boolean tipo = "TIPO".equals(f.grupo());
            if (tipo) {
                todas.sumar(f.diasHabiles(), f.cantidad(), f.enPlazo(), f.fueraDePlazo());
            }
            (tipo ? porTipo : porTipoInstancia).computeIfAbsent(f.clave(), k -> new Histograma())
                    .sumar(f.diasHabiles(), f.cantidad(), f.enPlazo(), f.fueraDePlazo());
        }
        return new Conclusiones(todas, porTipo, porTipoInstancia);
    }

    public static Map<Semaforo, Long> semaforo(Map<Semaforo, Long> cuentas) {
        Map<Semaforo, Long> todas = new EnumMap<>(Semaforo.class);
        for (Semaforo s : Semaforo.values()) {
            todas.put(s, cuentas.getOrDefault(s, 0L));
        }
        return todas;
    }

    public static Tablero armar(LocalDate desde, LocalDate hasta, Long areaDacId, String area, List<FilaRecepcion> recepcion,
                                List<Tablero.Cuenta> porTipo, List<Tablero.Cuenta> porUbicacion,
                                List<Tablero.Cuenta> porInstancia, Map<Semaforo, Long> semaforo,
                                List<FilaConclusion> conclusion, long rechazadas, List<Tablero.CargaConsultor> carga,
                                Map<Integer, Long> encuesta, OffsetDateTime actualizadoEn) {
        List<Tablero.Tramo> tramos = tramos(desde, hasta, recepcion);
        Conclusiones c = conclusiones(conclusion);
        Map<Integer, Long> calificaciones = new TreeMap<>();
        for (int i = 1; i <= 5; i++) {
            calificaciones.put(i, encuesta.getOrDefault(i, 0L));
        }
        return new Tablero(desde, hasta, areaDacId, area, tramos, porMedio(tramos), porTipo, porUbicacion, porInstancia,
                semaforo(semaforo), c.todas(), c.porTipo(), c.porTipoInstancia(), rechazadas, carga, calificaciones,
                actualizadoEn);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
