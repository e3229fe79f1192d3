package mx.gob.imss.siade.indicadores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.gob.imss.siade.catalogos.TipoInstancia;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.peticion.EstadoPeticion;
import mx.gob.imss.siade.peticion.MedioCaptacion;
import mx.gob.imss.siade.peticion.TipoPeticion;
import mx.gob.imss.siade.plazos.CalendarioHabil;
import mx.gob.imss.siade.plazos.Semaforo;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every indicator against a small set computed by hand. November 2026: Monday 16 is a holiday (Revolución);
 * weekends do not count. Business days to conclusion are those after the reception day up to and including
 * the conclusion day.
 */
class IndicadoresTest {

    private static final CalendarioHabil CALENDARIO = new CalendarioHabil(List.of(LocalDate.of(2026, 11, 16)));
    private static final long AREA = 6;

    private static OffsetDateTime mx(int dia, int hora) {
        return LocalDateTime.of(2026, 11, dia, hora, 0).atZone(Tiempo.ZONA_MEXICO).toOffsetDateTime();
    }

    private static DatosCaso caso(long id, MedioCaptacion medio, TipoPeticion tipo, Long ooad, Long umae, EstadoPeticion estado,
                                  OffsetDateTime recibida, OffsetDateTime concluida, LocalDate limite, Long instancia,
                                  TipoInstancia tipoInstancia) {
        return new DatosCaso(id, AREA, medio, tipo, ooad, umae, estado, recibida, concluida, limite, instancia, tipoInstancia);
    }

    /** A: Fri 13 → Tue 17 (Sat, Sun, holiday Mon skipped): 1 day, deadline Wed 18 met. */
    private static final DatosCaso A = caso(1, MedioCaptacion.TELEFONO, TipoPeticion.QUEJA, 15L, null, EstadoPeticion.CONCLUIDA,
            mx(13, 10), mx(17, 12), LocalDate.of(2026, 11, 18), 7L, TipoInstancia.CDAOD);
    /** B: Mon 9 → Fri 20: 10, 11, 12, 13, 17, 18, 19, 20 = 8 days; deadline Thu 19 missed. */
    private static final DatosCaso B = caso(2, MedioCaptacion.CORREO_POSTAL, TipoPeticion.QUEJA, 15L, null,
            EstadoPeticion.CONCLUIDA, mx(9, 9), mx(20, 18), LocalDate.of(2026, 11, 19), 7L, TipoInstancia.CDAOD);
    /** C: an orientación answered the day it arrived: 0 days, deadline met, never derived. */
    private static final DatosCaso C = caso(3, MedioCaptacion.CORREO_POSTAL, TipoPeticion.ORIENTACION, null, 6L,
            EstadoPeticion.CONCLUIDA, mx(10, 9), mx(10, 13), LocalDate.of(2026, 11, 10), null, null);
    /** D: Wed 11 → Wed 25: 12, 13, 17, 18, 19, 20, 23, 24, 25 = 9 days; no deadline recorded. */
    private static final DatosCaso D = caso(4, MedioCaptacion.TELEFONO, TipoPeticion.GESTION, null, 50L,
            EstadoPeticion.CONCLUIDA, mx(11, 11), mx(25, 10), null, 50L, TipoInstancia.JDAOD);
    /** E: open, not yet classified. */
    private static final DatosCaso E = caso(5, MedioCaptacion.TELEFONO, null, 15L, null, EstadoPeticion.REGISTRADA,
            mx(12, 16), null, null, null, null);
    /** F: annulled: counts nowhere. */
    private static final DatosCaso F = caso(6, MedioCaptacion.TELEFONO, TipoPeticion.QUEJA, 15L, null, EstadoPeticion.ANULADA,
            mx(12, 17), null, null, null, null);
    /** G: received at 23:30 of Mon 30 in Mexico City, already 1 December in UTC: it belongs to the 30th. */
    private static final DatosCaso G = caso(7, MedioCaptacion.CHAT, null, 15L, null, EstadoPeticion.EN_ANALISIS,
            LocalDateTime.of(2026, 12, 1, 5, 30).atOffset(ZoneOffset.UTC), null, null, null, null);

    private static final List<DatosCaso> CASOS = List.of(A, B, C, D, E, F, G);

    /** The summary rows the database would hold: every case's increments added by key, as the job does. */
    private static Tablero tablero(LocalDate desde, LocalDate hasta) {
        Map<ContribucionCaso.Incremento, Long> filas = new LinkedHashMap<>();
        for (DatosCaso c : CASOS) {
            ContribucionCaso.de(c, CALENDARIO).incrementos().forEach(k -> filas.merge(k, 1L, Long::sum));
        }
        LocalDate primerMes = desde.withDayOfMonth(1);
        LocalDate ultimoMes = hasta.withDayOfMonth(1);
        List<ArmadoTablero.FilaRecepcion> recepcion = new ArrayList<>();
        Map<String, Long> porTipo = new LinkedHashMap<>();
        Map<List<Object>, long[]> tiempos = new LinkedHashMap<>();
        filas.forEach((k, n) -> {
            if (k instanceof ContribucionCaso.Diario d && !d.dia().isBefore(desde) && !d.dia().isAfter(hasta)) {
                recepcion.add(new ArmadoTablero.FilaRecepcion(d.dia(), d.medio(), n));
            } else if (k instanceof ContribucionCaso.Mensual m && m.dimension().equals("TIPO")
                    && !m.mes().isBefore(primerMes) && !m.mes().isAfter(ultimoMes)) {
                porTipo.merge(m.clave(), n, Long::sum);
            } else if (k instanceof ContribucionCaso.Conclusion c && !c.mes().isBefore(primerMes)
                    && !c.mes().isAfter(ultimoMes)) {
                long[] t = tiempos.computeIfAbsent(List.of(c.grupo(), c.clave(), c.diasHabiles()), x -> new long[3]);
                t[0] += n;
                t[1] += c.enPlazo() == 1 ? n : 0;
                t[2] += c.enPlazo() == 0 ? n : 0;
            }
        });
        List<ArmadoTablero.FilaConclusion> conclusion = new ArrayList<>();
        tiempos.forEach((k, t) -> conclusion.add(new ArmadoTablero.FilaConclusion((String) k.get(0), (String) k.get(1),
                (Integer) k.get(2), t[0], t[1], t[2])));
        return ArmadoTablero.armar(desde, hasta, AREA, "Correspondencia", recepcion,
                porTipo.entrySet().stream().map(e -> new Tablero.Cuenta(e.getKey(), e.getKey(), e.getValue())).toList(),
                List.of(), List.of(), Map.of(Semaforo.ROJO, 2L), conclusion, 1,
                List.of(new Tablero.CargaConsultor("consultor", "Luis", 3, 1)), Map.of(5, 2L, 3, 1L, 1, 1L), null);
    }

    @Test
    @DisplayName("Días hábiles a la conclusión y plazo cumplido, caso por caso, saltando fines de semana y el festivo")
    void contribucionPorCaso() {
        assertEquals(1, ContribucionCaso.de(A, CALENDARIO).diasHabiles());
        assertEquals(1, ContribucionCaso.de(A, CALENDARIO).enPlazo());
        assertEquals(8, ContribucionCaso.de(B, CALENDARIO).diasHabiles());
        assertEquals(0, ContribucionCaso.de(B, CALENDARIO).enPlazo());
        assertEquals(0, ContribucionCaso.de(C, CALENDARIO).diasHabiles());
        assertEquals(ContribucionCaso.SIN_DERIVAR, ContribucionCaso.de(C, CALENDARIO).tipoInstancia());
        assertEquals(9, ContribucionCaso.de(D, CALENDARIO).diasHabiles());
        assertEquals(ContribucionCaso.SIN_PLAZO, ContribucionCaso.de(D, CALENDARIO).enPlazo());
        assertNull(ContribucionCaso.de(E, CALENDARIO).diasHabiles());
        assertEquals(List.of(), ContribucionCaso.de(F, CALENDARIO).incrementos(), "anulada: no cuenta");
        DatosCaso sinOficina = caso(9, MedioCaptacion.CORREO_POSTAL, null, null, null, EstadoPeticion.REGISTRADA, mx(12, 9),
                null, null, null, null);
        assertTrue(ContribucionCaso.de(sinOficina, CALENDARIO).incrementos().stream()
                .allMatch(k -> !(k instanceof ContribucionCaso.Mensual m) || (m.clave() != null && !m.clave().isEmpty())),
                "sin OOAD ni UMAE: una clave que Oracle no toma por NULL");
        assertEquals(5, ContribucionCaso.de(E, CALENDARIO).incrementos().size(), "abierta: sólo su recepción");
        assertEquals(7, ContribucionCaso.de(A, CALENDARIO).incrementos().size(), "concluida: y su conclusión dos veces");
        assertEquals(LocalDate.of(2026, 11, 30), ContribucionCaso.de(G, CALENDARIO).diaRecepcion());
    }

    @Test
    @DisplayName("Recibidas por medio y por tipo, día por día en un mes (la anulada fuera, la de las 23:30 en su día)")
    void recibidas() {
        Tablero t = tablero(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
        assertEquals(6, t.recibidas());
        assertEquals(3, t.recibidasPorMedio().get("TELEFONO"));
        assertEquals(2, t.recibidasPorMedio().get("CORREO_POSTAL"));
        assertEquals(1, t.recibidasPorMedio().get("CHAT"));
        assertEquals(30, t.tramos().size());
        assertEquals("30/11", t.tramos().get(29).etiqueta());
        assertEquals(1, t.tramos().get(29).porMedio().get("CHAT"));
        assertEquals(1, t.tramos().get(8).total(), "el 9 sólo B");
        assertEquals(1, t.tramos().get(11).total(), "el 12 sólo E: F está anulada");
        Map<String, Long> porTipo = new LinkedHashMap<>();
        t.recibidasPorTipo().forEach(c -> porTipo.put(c.clave(), c.cantidad()));
        assertEquals(Map.of("QUEJA", 2L, "ORIENTACION", 1L, "GESTION", 1L, ContribucionCaso.SIN_CLASIFICAR, 2L), porTipo);
    }

    @Test
    @DisplayName("Concluidas: en plazo 2 de 3 con plazo; mediana y percentil 90 de días hábiles, en total, por tipo y por instancia")
    void concluidas() {
        Tablero t = tablero(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
        Histograma todas = t.concluidas();
        assertEquals(4, todas.total());
        assertEquals(2, todas.enPlazo());
        assertEquals(1, todas.fueraDePlazo());
        assertEquals(1, todas.sinPlazo());
        assertEquals(200.0 / 3, todas.porcentajeEnPlazo(), 1e-9);
        // Days in order: 0, 1, 8, 9. Median: rank ⌈0.5·4⌉ = 2 → 1. P90: rank ⌈0.9·4⌉ = 4 → 9.
        assertEquals(1, todas.mediana());
        assertEquals(9, todas.p90());
        assertEquals(1, t.concluidasPorTipoInstancia().get("CDAOD").mediana());
        assertEquals(8, t.concluidasPorTipoInstancia().get("CDAOD").p90());
        assertEquals(9, t.concluidasPorTipoInstancia().get("JDAOD").mediana());
        assertEquals(0, t.concluidasPorTipoInstancia().get(ContribucionCaso.SIN_DERIVAR).p90());
        assertEquals(50.0, t.concluidasPorTipo().get("QUEJA").porcentajeEnPlazo(), 1e-9);
        assertNull(t.concluidasPorTipo().get("GESTION").porcentajeEnPlazo(), "sin plazo: fuera del porcentaje");
        // Another month: October has none of these conclusions.
        assertEquals(0, tablero(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)).concluidas().total());
    }

    @Test
    @DisplayName("Periodo largo por meses; semáforo completo; encuesta: promedio de calificaciones")
    void tramosSemaforoYEncuesta() {
        Tablero t = tablero(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));
        assertEquals(List.of(3L, 0L, 6L, 0L), List.of((long) t.tramos().size(), t.tramos().get(0).total(),
                t.tramos().get(1).total(), t.tramos().get(2).total()));
        assertEquals(LocalDate.of(2026, 11, 30), t.tramos().get(1).hasta());
        assertEquals(Map.of(Semaforo.SIN_PLAZO, 0L, Semaforo.VERDE, 0L, Semaforo.AMARILLO, 0L, Semaforo.ROJO, 2L),
                t.abiertasPorSemaforo());
        assertEquals(4, t.encuestas());
        assertEquals((5 * 2 + 3 + 1) / 4.0, t.calificacionPromedio(), 1e-9);
        assertEquals(0L, t.encuesta().get(2));
        assertEquals(1, t.respuestasRechazadas());
    }

    @Test
    @DisplayName("Histograma vacío: sin mediana ni porcentaje")
    void vacio() {
        Histograma h = new Histograma();
        assertNull(h.mediana());
        assertNull(h.porcentajeEnPlazo());
    }
}
