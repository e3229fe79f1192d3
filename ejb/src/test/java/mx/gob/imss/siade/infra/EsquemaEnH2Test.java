package mx.gob.imss.siade.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import mx.gob.imss.siade.plazos.DiasInhabilesFederales;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Oracle scripts of ddl/ run unchanged on H2 in Oracle mode, and their constraints hold. */
class EsquemaEnH2Test {

    private static JdbcDataSource ds;

    @BeforeAll
    static void migrar() {
        ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:esquema;MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").failOnMissingLocations(true)
                .placeholderReplacement(false).load().migrate();
    }

    @Test
    void cargaLosCatalogos() throws SQLException {
        assertEquals(35, contar("SELECT COUNT(*) FROM OOAD"));
        assertEquals(6, contar("SELECT COUNT(*) FROM AREA_DAC"));
        assertEquals(35, contar("SELECT COUNT(*) FROM INSTANCIA WHERE TIPO = 'CDAOD'"));
        assertEquals(2, contar("SELECT COUNT(*) FROM INSTANCIA WHERE CON_SEGUIMIENTO = 0"));
        assertEquals(5, contar("SELECT COUNT(*) FROM PLAZO_TIPO_PETICION"));
        assertEquals(5, contar("SELECT COUNT(*) FROM PLANTILLA_OFICIO"), "conclusión, solicitud, notificación, respuesta y turno");
        assertEquals(8, contar("SELECT COUNT(*) FROM PLAZO_MEDIO_CAPTACION"), "un plazo por medio de captación");
        assertEquals(0, contar("SELECT COUNT(*) FROM INSTANCIA WHERE CORREO IS NULL"));
    }

    @Test
    void elCalendarioSembradoIncluyeTodosLosFederales() throws SQLException {
        Set<LocalDate> sembrados = new HashSet<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT FECHA FROM DIA_INHABIL WHERE ORIGEN = 'FEDERAL'")) {
            while (rs.next()) {
                sembrados.add(rs.getDate(1).toLocalDate());
            }
        }
        Set<LocalDate> esperados = new HashSet<>(DiasInhabilesFederales.delAnio(2026).keySet());
        esperados.addAll(DiasInhabilesFederales.delAnio(2027).keySet());
        assertEquals(esperados, sembrados);
    }

    @Test
    void unaPeticionConcluidaExigeMotivo() {
        assertThrows(SQLException.class, () -> ejecutar(
                "INSERT INTO PERSONA_USUARIA (ID, TIPO, NOMBRE, NOMBRE_NORMALIZADO) VALUES (1, 'DERECHOHABIENTE', 'A', 'A');"
                + "INSERT INTO PETICION (ID, FOLIO, PERSONA_USUARIA_ID, MEDIO_CAPTACION, AREA_DAC_ID, ESTADO, ASUNTO,"
                + " FECHA_RECEPCION, FECHA_REGISTRO) VALUES (1, '2026-0000001-0', 1, 'CHAT', 6, 'CONCLUIDA', 'x',"
                + " SYSTIMESTAMP, SYSTIMESTAMP)"));
    }

    @Test
    void losTextosLargosSonClob() throws SQLException {
        // VARCHAR2(4000 CHAR) holds 4000 bytes on a default Oracle: long texts are CLOB (ddl/V6).
        assertEquals(7, contar("SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE DATA_TYPE = 'CHARACTER LARGE OBJECT'"
                + " AND (TABLE_NAME, COLUMN_NAME) IN (('PETICION', 'RESUMEN'), ('DERIVACION', 'MOTIVO'),"
                + " ('DERIVACION', 'RESPUESTA'), ('DERIVACION', 'NOTA_RECHAZO'), ('SOLICITUD_DATOS', 'DATOS_SOLICITADOS'),"
                + " ('SOLICITUD_DATOS', 'RESPUESTA'), ('BITACORA', 'DESCRIPCION'))"));
    }

    @Test
    void laSecuenciaDeFoliosEntregaConsecutivos() throws SQLException {
        long primero = contar("SELECT FOLIO_SEQ.NEXTVAL FROM DUAL");
        assertEquals(primero + 1, contar("SELECT FOLIO_SEQ.NEXTVAL FROM DUAL"));
    }

    private static long contar(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void ejecutar(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String sentencia : sql.split(";")) {
                s.execute(sentencia);
            }
        }
    }
}
