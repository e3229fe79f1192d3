package mx.gob.imss.siade.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import mx.gob.imss.siade.consulta.BandejaService;
import mx.gob.imss.siade.consulta.FiltroBandeja;
import mx.gob.imss.siade.consulta.PaginaBandeja;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.personas.Nss;
import mx.gob.imss.siade.personas.PersonaUsuaria;
import mx.gob.imss.siade.peticion.EstadoPeticion;
import mx.gob.imss.siade.peticion.Folio;
import mx.gob.imss.siade.pruebas.ComoConsultor;
import mx.gob.imss.siade.pruebas.Despliegue;
import mx.gob.imss.siade.seguridad.CifradoDatosPersonales;
import org.apache.commons.validator.routines.checkdigit.CheckDigitException;
import org.apache.commons.validator.routines.checkdigit.LuhnCheckDigit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark of the Bandeja's reads with 100,000 petitions (and 300,000 bitácora entries) in the
 * embedded database: p50/p95 through the EJB (as a consultor of the Correspondencia área, with
 * count and semáforo) beside the same queries in plain JDBC. Run by {@code bench/bandeja.sh}, never
 * by the test suite; it writes its table to target/bench-bandeja.md.
 */
@ExtendWith(ArquillianExtension.class)
class BandejaBench {

    private static final int PETICIONES = Integer.getInteger("bench.peticiones", 100_000);
    private static final int PERSONAS = PETICIONES / 5;
    private static final int CALENTAMIENTO = 300;
    private static final int MEDICIONES = 1_000;
    private static final long AREA_CORRESPONDENCIA = 6;
    private static final long OOAD_JALISCO = 15;
    private static final String[] ESTADOS = Arrays.stream(EstadoPeticion.values()).map(Enum::name).toArray(String[]::new);

    @Deployment
    static WebArchive despliegue() {
        return Despliegue.conEjecutoresDeRol();
    }

    @Resource(lookup = "jdbc/siade")
    private DataSource ds;

    @EJB
    private BandejaService bandeja;

    @EJB
    private ComoConsultor comoConsultor;

    @Inject
    private CifradoDatosPersonales cifrado;

    private final List<String> nssSembrados = new ArrayList<>();
    private final List<String> foliosSembrados = new ArrayList<>();

    @Test
    void medir() throws Exception {
        long inicio = System.nanoTime();
        sembrar();
        String siembra = String.format(Locale.ROOT, "%,d peticiones, %,d personas y %,d entradas de bitácora sembradas en %.1f s",
                PETICIONES, PERSONAS, PETICIONES * 3L, (System.nanoTime() - inicio) / 1e9);
        System.out.println(siembra);

        LocalDate hoy = LocalDate.now(Tiempo.ZONA_MEXICO);
        FiltroBandeja filtrado = new FiltroBandeja(null, null, EstadoPeticion.DERIVADA, null, OOAD_JALISCO, null,
                hoy.minusDays(90), hoy, null);
        Random azar = new Random(7);

        List<String> filas = new ArrayList<>();
        filas.add(fila("Primera página de la bandeja",
                medir(() -> comoConsultor.ejecutar(() -> bandeja.buscar(FiltroBandeja.vacio(), 0, 20, "fechaRecepcion", false))),
                medir(() -> jdbcPrimeraPagina())));
        filas.add(fila("Estado + OOAD + 90 días",
                medir(() -> comoConsultor.ejecutar(() -> bandeja.buscar(filtrado, 0, 20, "fechaRecepcion", false))),
                medir(() -> jdbcFiltrada(hoy))));
        filas.add(fila("Búsqueda por folio",
                medir(() -> comoConsultor.ejecutar(() -> unaFila(bandeja.buscar(porFolio(azar), 0, 20, "fechaRecepcion", false)))),
                medir(() -> jdbcPorFolio(foliosSembrados.get(azar.nextInt(foliosSembrados.size()))))));
        filas.add(fila("Búsqueda por NSS",
                medir(() -> comoConsultor.ejecutar(() -> bandeja.buscar(porNss(azar), 0, 20, "fechaRecepcion", false))),
                medir(() -> jdbcPorNss(nssSembrados.get(azar.nextInt(nssSembrados.size()))))));

        StringBuilder md = new StringBuilder();
        md.append("Bandeja con ").append(siembra).append(" (H2 en modo Oracle dentro de Payara Micro, ")
                .append(Runtime.getRuntime().availableProcessors()).append(" núcleos; ")
                .append(CALENTAMIENTO).append(" llamadas de calentamiento y ").append(MEDICIONES)
                .append(" medidas por consulta).\n\n")
                .append("| consulta | EJB p50 ms | EJB p95 ms | JDBC p50 ms | JDBC p95 ms | EJB/JDBC p95 |\n")
                .append("|---|---:|---:|---:|---:|---:|\n");
        filas.forEach(f -> md.append(f).append('\n'));
        System.out.println(md);
        Files.writeString(Path.of(System.getProperty("bench.salida", "target/bench-bandeja.md")), md);
    }

    private FiltroBandeja porFolio(Random azar) {
        return new FiltroBandeja(foliosSembrados.get(azar.nextInt(foliosSembrados.size())), null, null, null, null, null,
                null, null, null);
    }

    private FiltroBandeja porNss(Random azar) {
        return new FiltroBandeja(null, nssSembrados.get(azar.nextInt(nssSembrados.size())), null, null, null, null, null,
                null, null);
    }

    private static PaginaBandeja unaFila(PaginaBandeja pagina) {
        assertTrue(pagina.total() <= 1);
        return pagina;
    }

    private static double[] medir(Callable<?> consulta) throws Exception {
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
        return new double[] {ms[MEDICIONES / 2], ms[(int) (MEDICIONES * 0.95)]};
    }

    private static String fila(String nombre, double[] ejb, double[] jdbc) {
        return String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %.1fx |", nombre, ejb[0], ejb[1], jdbc[0],
                jdbc[1], ejb[1] / jdbc[1]);
    }

    // ------------------------------------------------------------------ plain JDBC, the same SQL

    private int jdbcPrimeraPagina() throws SQLException {
        return pagina("t0.AREA_DAC_ID = ?", AREA_CORRESPONDENCIA);
    }

    private int jdbcFiltrada(LocalDate hoy) throws SQLException {
        return pagina("t0.AREA_DAC_ID = ? AND t0.ESTADO = ? AND t0.OOAD_ID = ? AND t0.FECHA_RECEPCION >= ?"
                        + " AND t0.FECHA_RECEPCION < ?",
                AREA_CORRESPONDENCIA, "DERIVADA", OOAD_JALISCO,
                hoy.minusDays(90).atStartOfDay(Tiempo.ZONA_MEXICO).toOffsetDateTime(),
                hoy.plusDays(1).atStartOfDay(Tiempo.ZONA_MEXICO).toOffsetDateTime());
    }

    private int jdbcPorFolio(String folio) throws SQLException {
        return pagina("t0.AREA_DAC_ID = ? AND t0.FOLIO = ?", AREA_CORRESPONDENCIA, folio);
    }

    /** As the service does it: the personas of the NSS hash first, then their petitions. */
    private int jdbcPorNss(String nss) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = ds.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT ID FROM PERSONA_USUARIA WHERE NSS_HASH = ?")) {
            s.setString(1, PersonaUsuaria.huellaNss(Nss.de(nss), cifrado));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        List<Object> parametros = new ArrayList<>(List.of(AREA_CORRESPONDENCIA));
        parametros.addAll(ids);
        return pagina("t0.AREA_DAC_ID = ? AND t0.PERSONA_USUARIA_ID IN (" + "?,".repeat(ids.size() - 1) + "?)",
                parametros.toArray());
    }

    /**
     * One page of 20 with the SQL EclipseLink writes for the Bandeja (Oracle platform: ROWNUM
     * paging with bind parameters, inner join in the WHERE clause), and the count only when the
     * page is full, as the service does.
     */
    private int pagina(String donde, Object... parametros) throws SQLException {
        String select = "SELECT * FROM (SELECT a.*, ROWNUM rnum FROM (SELECT t0.ID AS a1, t0.FOLIO AS a2,"
                + " t0.FECHA_RECEPCION AS a3, t0.ASUNTO AS a4, t1.NOMBRE AS a5, t0.ESTADO AS a6, t0.TIPO AS a7,"
                + " t2.NOMBRE AS a8, t3.NOMBRE AS a9, t0.FECHA_LIMITE AS a10, t0.PRIORIDAD AS a11"
                + " FROM PETICION t0 LEFT OUTER JOIN OOAD t2 ON (t2.ID = t0.OOAD_ID)"
                + " LEFT OUTER JOIN UMAE t3 ON (t3.ID = t0.UMAE_ID), PERSONA_USUARIA t1"
                + " WHERE ((" + donde + ") AND (t1.ID = t0.PERSONA_USUARIA_ID))"
                + " ORDER BY t0.FECHA_RECEPCION DESC, t0.ID DESC) a WHERE ROWNUM <= ?) WHERE rnum > ?";
        String contar = "SELECT COUNT(t0.ID) FROM PETICION t0 WHERE (" + donde + ")";
        int n = 0;
        try (Connection c = ds.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(select)) {
                fijar(s, parametros);
                s.setInt(parametros.length + 1, 20);
                s.setInt(parametros.length + 2, 0);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        n++;
                    }
                }
            }
            if (n == 20) {
                try (PreparedStatement s = c.prepareStatement(contar)) {
                    fijar(s, parametros);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                    }
                }
            }
        }
        return n;
    }

    private static void fijar(PreparedStatement s, Object... parametros) throws SQLException {
        for (int i = 0; i < parametros.length; i++) {
            s.setObject(i + 1, parametros[i]);
        }
    }

    // ------------------------------------------------------------------ seeding with JDBC batches

    private void sembrar() throws SQLException, CheckDigitException {
        Random azar = new Random(42);
        OffsetDateTime ahora = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO PERSONA_USUARIA (ID, TIPO, NOMBRE, NOMBRE_NORMALIZADO,"
                    + " NSS_CIFRADO, NSS_HASH, TELEFONO_CIFRADO, DEMO) VALUES (?, 'DERECHOHABIENTE', ?, ?, ?, ?, ?, 1)")) {
                for (int i = 0; i < PERSONAS; i++) {
                    String nss = nss(i);
                    nssSembrados.add(nss);
                    String nombre = "PERSONA BENCH " + i;
                    p.setLong(1, 10_000_000L + i);
                    p.setString(2, nombre);
                    p.setString(3, nombre);
                    p.setString(4, cifrado.cifrar(nss));
                    p.setString(5, PersonaUsuaria.huellaNss(Nss.de(nss), cifrado));
                    p.setString(6, cifrado.cifrar("55" + String.format("%08d", i)));
                    p.addBatch();
                    if (i % 1000 == 999) {
                        p.executeBatch();
                    }
                }
                p.executeBatch();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO PETICION (ID, FOLIO, PERSONA_USUARIA_ID, TIPO,"
                    + " MEDIO_CAPTACION, AREA_DAC_ID, ESTADO, MOTIVO_CONCLUSION, OOAD_ID, ASUNTO, FECHA_RECEPCION,"
                    + " FECHA_REGISTRO, FECHA_LIMITE, FECHA_CONCLUSION, DEMO) VALUES (?, ?, ?, 'QUEJA', 'CORREO_POSTAL', ?, ?, ?,"
                    + " ?, ?, ?, ?, ?, ?, 1)");
                 PreparedStatement b = c.prepareStatement("INSERT INTO BITACORA (ID, PETICION_ID, FECHA, USUARIO,"
                         + " TIPO_EVENTO, DESCRIPCION, ESTADO_ANTERIOR, ESTADO_NUEVO) VALUES (?, ?, ?, 'bench', ?, ?, ?, ?)")) {
                long idBitacora = 50_000_000L;
                for (int i = 0; i < PETICIONES; i++) {
                    long id = 20_000_000L + i;
                    String folio = Folio.generar(2026, 5_000_000L + i).valor();
                    if (i % 50 == 0) {
                        foliosSembrados.add(folio);
                    }
                    String estado = ESTADOS[azar.nextInt(ESTADOS.length)];
                    OffsetDateTime recepcion = ahora.minusMinutes(azar.nextInt(365 * 24 * 60));
                    p.setLong(1, id);
                    p.setString(2, folio);
                    p.setLong(3, 10_000_000L + azar.nextInt(PERSONAS));
                    p.setLong(4, 1 + azar.nextInt(6));
                    p.setString(5, estado);
                    p.setString(6, "CONCLUIDA".equals(estado) ? "ATENDIDA" : null);
                    p.setLong(7, 1 + azar.nextInt(35));
                    p.setString(8, "Petición de prueba de rendimiento " + i);
                    p.setObject(9, recepcion);
                    p.setObject(10, recepcion);
                    p.setObject(11, recepcion.toLocalDate().plusDays(14));
                    p.setObject(12, "CONCLUIDA".equals(estado) ? recepcion.plusDays(10) : null);
                    p.addBatch();
                    for (int e = 0; e < 3; e++) {
                        b.setLong(1, idBitacora++);
                        b.setLong(2, id);
                        b.setObject(3, recepcion.plusHours(e));
                        b.setString(4, e == 0 ? "REGISTRO" : "NOTA");
                        b.setString(5, "Evento " + e + " de la petición " + folio);
                        b.setString(6, null);
                        b.setString(7, e == 0 ? "REGISTRADA" : null);
                        b.addBatch();
                    }
                    if (i % 1000 == 999) {
                        p.executeBatch();
                        b.executeBatch();
                        c.commit();
                    }
                }
                p.executeBatch();
                b.executeBatch();
            }
            c.commit();
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM PETICION WHERE DEMO = 1");
                 ResultSet rs = s.executeQuery()) {
                rs.next();
                assertTrue(rs.getLong(1) >= PETICIONES);
            }
        }
        assertEquals(PERSONAS, nssSembrados.size());
    }

    /** A valid NSS: ten digits and their Luhn check digit. */
    private static String nss(int i) throws CheckDigitException {
        String cuerpo = String.format("%010d", 1_000_000_000L + i);
        return cuerpo + LuhnCheckDigit.LUHN_CHECK_DIGIT.calculate(cuerpo);
    }
}
