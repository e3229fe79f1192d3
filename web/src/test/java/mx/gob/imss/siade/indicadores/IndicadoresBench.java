package mx.gob.imss.siade.indicadores;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.peticion.Folio;
import mx.gob.imss.siade.pruebas.ComoJefe;
import mx.gob.imss.siade.pruebas.ComoTitularDac;
import mx.gob.imss.siade.pruebas.Despliegue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark of the indicators dashboard with 1,000,000 petitions over three years: the petitions by JDBC
 * batches (every channel, tipo, OOAD/UMAE and área; most concluded, some open and past their deadline), then
 * the summaries built by the real job from its outbox (its throughput is reported), then p50/p95 of the
 * dashboard through {@link IndicadoresService} as the Titular DAC (all áreas) and as a jefe de área (own
 * área), for this month and for the last twelve months. Run by {@code bench/indicadores.sh}, never by the
 * test suite.
 */
@ExtendWith(ArquillianExtension.class)
class IndicadoresBench {

    private static final int PETICIONES = Integer.getInteger("bench.peticiones", 1_000_000);
    private static final int PERSONAS = 1_000;
    private static final int CALENTAMIENTO = 30;
    private static final int MEDICIONES = 200;
    private static final String[] MEDIOS = {"TELEFONO", "FACEBOOK", "X_TWITTER", "INSTAGRAM", "PRESENCIAL",
        "CORREO_ELECTRONICO", "CHAT", "CORREO_POSTAL"};
    private static final String[] TIPOS = {"ORIENTACION", "GESTION", "QUEJA", "SUGERENCIA", "RECONOCIMIENTO"};

    @Deployment
    static WebArchive despliegue() {
        return Despliegue.conEjecutoresDeRol();
    }

    @Resource(lookup = "jdbc/siade")
    private DataSource ds;

    @EJB
    private IndicadoresService indicadores;

    @EJB
    private ActualizacionIndicadores actualizacion;

    @EJB
    private ComoTitularDac comoTitular;

    @EJB
    private ComoJefe comoJefe;

    @Test
    void medir() throws Exception {
        long inicio = System.nanoTime();
        sembrar();
        double siembra = (System.nanoTime() - inicio) / 1e9;
        inicio = System.nanoTime();
        int tareas = actualizacion.ponerAlDia();
        double resumen = (System.nanoTime() - inicio) / 1e9;
        long filasDiarias;
        long filasMensuales;
        long filasTiempos;
        try (Connection c = ds.getConnection(); ResultSet r = c.createStatement().executeQuery(
                "SELECT (SELECT COUNT(*) FROM RESUMEN_DIARIO), (SELECT COUNT(*) FROM RESUMEN_MENSUAL),"
                        + " (SELECT COUNT(*) FROM RESUMEN_TIEMPOS) FROM DUAL")) {
            r.next();
            filasDiarias = r.getLong(1);
            filasMensuales = r.getLong(2);
            filasTiempos = r.getLong(3);
        }
        LocalDate hoy = LocalDate.now(Tiempo.ZONA_MEXICO);
        LocalDate mes = hoy.withDayOfMonth(1);
        LocalDate anio = hoy.minusMonths(11);
        long total = comoTitular.ejecutar(() -> indicadores.tablero(anio, hoy, null)).recibidas();
        List<String> filas = new ArrayList<>();
        filas.add(fila("Titular DAC, todas las áreas, este mes", () -> comoTitular.ejecutar(
                () -> indicadores.tablero(mes, hoy, null))));
        filas.add(fila("Jefe de área, su área, este mes", () -> comoJefe.ejecutar(() -> indicadores.tablero(mes, hoy, null))));
        filas.add(fila("Titular DAC, todas las áreas, últimos 12 meses", () -> comoTitular.ejecutar(
                () -> indicadores.tablero(anio, hoy, null))));
        filas.add(fila("Jefe de área, su área, últimos 12 meses", () -> comoJefe.ejecutar(
                () -> indicadores.tablero(anio, hoy, null))));
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Tablero de indicadores con %,d peticiones de tres años (H2 en modo Oracle"
                        + " dentro de Payara Micro, %d núcleos). Siembra por JDBC: %.0f s. Resúmenes construidos por el"
                        + " trabajo real desde su bandeja de salida: %,d tareas en %.0f s (%,.0f casos/s); %,d filas"
                        + " diarias, %,d mensuales y %,d de tiempos (de tres años, todas las áreas). %d llamadas de"
                        + " calentamiento y %d medidas por caso; %,d"
                        + " peticiones recibidas en los últimos 12 meses.%n%n",
                PETICIONES, Runtime.getRuntime().availableProcessors(), siembra, tareas, resumen, tareas / resumen,
                filasDiarias, filasMensuales, filasTiempos, CALENTAMIENTO, MEDICIONES, total))
                .append("| tablero | p50 ms | p95 ms | máximo ms |\n|---|---:|---:|---:|\n");
        filas.forEach(f -> md.append(f).append('\n'));
        System.out.println(md);
        Files.writeString(Path.of(System.getProperty("bench.salida", "target/bench-indicadores.md")), md);
    }

    private static String fila(String nombre, Callable<?> consulta) throws Exception {
        for (int i = 0; i < CALENTAMIENTO; i++) {
            consulta.call();
        }
        double[] ms = new double[MEDICIONES];
        for (int i = 0; i < MEDICIONES; i++) {
            long t = System.nanoTime();
            consulta.call();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |", nombre, ms[MEDICIONES / 2],
                ms[(int) (MEDICIONES * 0.95)], ms[MEDICIONES - 1]);
    }

    /** Petitions by JDBC batches with an indicators task each, as the outbox would have written them. */
    private void sembrar() throws Exception {
        Random azar = new Random(7);
        OffsetDateTime ahora = OffsetDateTime.now(Tiempo.ZONA_MEXICO);
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            List<Long> consultores = new ArrayList<>();
            try (ResultSet r = c.createStatement().executeQuery("SELECT u.ID FROM USUARIO u JOIN USUARIO_ROL r ON"
                    + " r.USUARIO_ID = u.ID WHERE r.ROL = 'CONSULTOR'")) {
                while (r.next()) {
                    consultores.add(r.getLong(1));
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO PERSONA_USUARIA (ID, TIPO, NOMBRE,"
                    + " NOMBRE_NORMALIZADO, DEMO) VALUES (?, 'DERECHOHABIENTE', ?, ?, 1)")) {
                for (int i = 0; i < PERSONAS; i++) {
                    p.setLong(1, 30_000_000L + i);
                    p.setString(2, "Persona " + i);
                    p.setString(3, "PERSONA " + i);
                    p.addBatch();
                }
                p.executeBatch();
                c.commit();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO PETICION (ID, FOLIO, PERSONA_USUARIA_ID, TIPO,"
                    + " MEDIO_CAPTACION, AREA_DAC_ID, ESTADO, OOAD_ID, UMAE_ID, ASUNTO, FECHA_RECEPCION, FECHA_REGISTRO,"
                    + " FECHA_LIMITE, FECHA_CONCLUSION, LIMITE_AL_CONCLUIR, MOTIVO_CONCLUSION, CONSULTOR_ID, DEMO)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'Petición de prueba', ?, ?, ?, ?, ?, ?, ?, 1)");
                 PreparedStatement t = c.prepareStatement("INSERT INTO TAREA_INDICADOR (ID, PETICION_ID, CREADA_EN)"
                         + " VALUES (?, ?, ?)")) {
                for (int i = 0; i < PETICIONES; i++) {
                    long id = 40_000_000L + i;
                    OffsetDateTime recepcion = ahora.minusMinutes(azar.nextInt(3 * 365 * 24 * 60));
                    boolean abierta = recepcion.isAfter(ahora.minusDays(60)) ? azar.nextInt(3) == 0 : azar.nextInt(50) == 0;
                    String tipo = azar.nextInt(20) == 0 ? null : TIPOS[azar.nextInt(TIPOS.length)];
                    LocalDate limite = tipo == null ? null : recepcion.toLocalDate().plusDays(10 + azar.nextInt(15));
                    boolean umae = azar.nextInt(4) == 0;
                    OffsetDateTime conclusion = abierta ? null : recepcion.plusDays(azar.nextInt(40)).plusHours(2);
                    p.setLong(1, id);
                    p.setString(2, Folio.generar(2025, 7_000_000L + i).valor());
                    p.setLong(3, 30_000_000L + azar.nextInt(PERSONAS));
                    p.setString(4, tipo);
                    p.setString(5, MEDIOS[azar.nextInt(MEDIOS.length)]);
                    p.setLong(6, 1 + azar.nextInt(6));
                    p.setString(7, abierta ? (tipo == null ? "REGISTRADA" : "EN_ANALISIS") : "CONCLUIDA");
                    p.setObject(8, umae ? null : 1L + azar.nextInt(35));
                    p.setObject(9, umae ? 1L + azar.nextInt(8) : null);
                    p.setObject(10, recepcion);
                    p.setObject(11, recepcion);
                    p.setObject(12, abierta ? limite : null);
                    p.setObject(13, conclusion);
                    p.setObject(14, abierta ? null : limite);
                    p.setString(15, abierta ? null : "ATENDIDA");
                    p.setObject(16, abierta && !consultores.isEmpty() ? consultores.get(azar.nextInt(consultores.size())) : null);
                    p.addBatch();
                    t.setLong(1, -id);
                    t.setLong(2, id);
                    t.setObject(3, recepcion);
                    t.addBatch();
                    if (i % 10_000 == 9_999) {
                        p.executeBatch();
                        t.executeBatch();
                        c.commit();
                    }
                }
                p.executeBatch();
                t.executeBatch();
                c.commit();
            }
            try (ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM PETICION WHERE ID >= 40000000")) {
                r.next();
                assertEquals(PETICIONES, r.getLong(1));
            }
        }
    }
}
