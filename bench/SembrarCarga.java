import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import mx.gob.imss.siade.auditoria.Huella;
import mx.gob.imss.siade.peticion.Folio;

/**
 * Seeds the database of a running node (through the H2 server) with N petitions and three bitácora entries
 * each, for bench/carga.sh: spread over six áreas, every estado but ANULADA, a year of reception dates,
 * 35 OOAD, the demo's personas usuarias (their personal data stays as the application encrypted it), the
 * bitácora already chained (as SelladoBitacora chains it) and one public consultation code (encrypted by the
 * application) shared by all: the application finds nothing to complete after the next start.
 * Folios of year 2025 from 5,000,000 on: never those the application hands out. Run as a single-file program:
 *   java -cp h2.jar:commons-validator.jar:ejb/target/classes bench/SembrarCarga.java jdbc:h2:tcp://... usuario contraseña N
 */
public class SembrarCarga {

    private static final String[] ESTADOS = {"REGISTRADA", "DATOS_SOLICITADOS", "EN_ANALISIS", "DERIVADA", "RESPUESTA_RECIBIDA",
            "CONCLUIDA"};

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[3]);
        Random azar = new Random(42);
        OffsetDateTime ahora = OffsetDateTime.now(ZoneOffset.UTC);
        long inicio = System.nanoTime();
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
            c.setAutoCommit(false);
            List<Long> personas = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT ID FROM PERSONA_USUARIA")) {
                while (rs.next()) {
                    personas.add(rs.getLong(1));
                }
            }
            // One public consultation code, encrypted by the application with its key, shared by every seeded
            // petition: otherwise the application assigns them one by one after the start (a one-time migration).
            String codigo;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT CODIGO_CONSULTA FROM PETICION WHERE CODIGO_CONSULTA IS NOT NULL FETCH FIRST 1 ROWS ONLY")) {
                codigo = rs.next() ? rs.getString(1) : null;
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM PETICION WHERE ID >= 20000000")) {
                rs.next();
                if (rs.getLong(1) >= n) {
                    System.out.println("Ya sembradas: " + rs.getLong(1));
                    return;
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO PETICION (ID, FOLIO, PERSONA_USUARIA_ID, TIPO,"
                    + " MEDIO_CAPTACION, AREA_DAC_ID, ESTADO, MOTIVO_CONCLUSION, OOAD_ID, ASUNTO, FECHA_RECEPCION,"
                    + " FECHA_REGISTRO, FECHA_LIMITE, FECHA_CONCLUSION, HASH_BITACORA, CODIGO_CONSULTA, DEMO) VALUES (?, ?, ?,"
                    + " 'QUEJA', 'CORREO_POSTAL', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
                 PreparedStatement b = c.prepareStatement("INSERT INTO BITACORA (ID, PETICION_ID, FECHA, USUARIO,"
                         + " TIPO_EVENTO, DESCRIPCION, ESTADO_ANTERIOR, ESTADO_NUEVO, HASH_ANTERIOR, HASH)"
                         + " VALUES (?, ?, ?, 'carga', ?, ?, ?, ?, ?, ?)")) {
                long idBitacora = 50_000_000L;
                for (int i = 0; i < n; i++) {
                    long id = 20_000_000L + i;
                    String folio = Folio.generar(2025, 5_000_000L + i).valor();
                    String estado = ESTADOS[azar.nextInt(ESTADOS.length)];
                    OffsetDateTime recepcion = ahora.minusMinutes(azar.nextInt(365 * 24 * 60));
                    p.setLong(1, id);
                    p.setString(2, folio);
                    p.setLong(3, personas.get(azar.nextInt(personas.size())));
                    p.setLong(4, 1 + azar.nextInt(6));
                    p.setString(5, estado);
                    p.setString(6, "CONCLUIDA".equals(estado) ? "ATENDIDA" : null);
                    p.setLong(7, 1 + azar.nextInt(35));
                    p.setString(8, "Petición de la prueba de carga " + i);
                    p.setObject(9, recepcion);
                    p.setObject(10, recepcion);
                    p.setObject(11, recepcion.toLocalDate().plusDays(14));
                    p.setObject(12, "CONCLUIDA".equals(estado) ? recepcion.plusDays(10) : null);
                    // The bitácora already chained, as SelladoBitacora would chain it (Huella.de over the same fields).
                    String anterior = Huella.INICIAL;
                    for (int e = 0; e < 3; e++) {
                        OffsetDateTime fecha = recepcion.plusHours(e);
                        String tipo = e == 0 ? "REGISTRO" : "NOTA";
                        String descripcion = "Evento " + e + " de la petición " + folio;
                        String nuevo = e == 0 ? "REGISTRADA" : null;
                        String hash = Huella.de(anterior, id, fecha, "carga", tipo, descripcion, null, nuevo);
                        b.setLong(1, idBitacora++);
                        b.setLong(2, id);
                        b.setObject(3, fecha);
                        b.setString(4, tipo);
                        b.setString(5, descripcion);
                        b.setString(6, null);
                        b.setString(7, nuevo);
                        b.setString(8, anterior);
                        b.setString(9, hash);
                        b.addBatch();
                        anterior = hash;
                    }
                    p.setString(13, anterior);
                    p.setString(14, codigo);
                    p.addBatch();
                    if (i % 1000 == 999) {
                        p.executeBatch();
                        b.executeBatch();
                        c.commit();
                    }
                }
                p.executeBatch();
                b.executeBatch();
                c.commit();
            }
        }
        System.out.printf("%,d peticiones y %,d entradas de bitácora sembradas en %.0f s%n", n, 3L * n,
                (System.nanoTime() - inicio) / 1e9);
    }
}
