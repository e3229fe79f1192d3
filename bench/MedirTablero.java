import java.sql.*;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The SQL that CalculoTablero issues for one dashboard (the same statements), timed by plain JDBC on the
 * database file bench/indicadores.sh leaves in web/target/bench-indicadores: 20 warm-up dashboards and 100
 * measured per case. Run with H2 2.3 (bench/indicadores.sh does, after the in-server measurement):
 *   java -cp h2-2.3.232.jar bench/MedirTablero.java jdbc:h2:file:.../siade;MODE=Oracle 2026-11-30
 */
public class MedirTablero {
    static Connection c;

    static void q(String sql, Object... p) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < p.length; i++) s.setObject(i + 1, p[i]);
            try (ResultSet r = s.executeQuery()) { while (r.next()) { r.getObject(1); } }
        }
    }

    static void tablero(LocalDate desde, LocalDate hasta, Long area) throws Exception {
        String fa = area == null ? "" : " AND AREA_DAC_ID = ?";
        Object[] pd = area == null ? new Object[] {Date.valueOf(desde), Date.valueOf(hasta)} : new Object[] {Date.valueOf(desde), Date.valueOf(hasta), area};
        LocalDate pm = desde.withDayOfMonth(1), um = hasta.withDayOfMonth(1);
        Object[] pmv = area == null ? new Object[] {Date.valueOf(pm), Date.valueOf(um)} : new Object[] {Date.valueOf(pm), Date.valueOf(um), area};
        if (java.time.temporal.ChronoUnit.DAYS.between(desde, hasta) < 62) {
            q("SELECT DIA, MEDIO, SUM(CANTIDAD) FROM RESUMEN_DIARIO WHERE DIA BETWEEN ? AND ?" + fa + " GROUP BY DIA, MEDIO", pd);
        } else {
            q("SELECT MES, CLAVE, SUM(CANTIDAD) FROM RESUMEN_MENSUAL WHERE MES BETWEEN ? AND ?" + fa + " AND DIMENSION = 'MEDIO' GROUP BY MES, CLAVE", pmv);
        }
        for (String d : List.of("TIPO", "UBICACION", "INSTANCIA")) {
            q("SELECT CLAVE, SUM(CANTIDAD) FROM RESUMEN_MENSUAL WHERE MES BETWEEN ? AND ?" + fa + " AND DIMENSION = '" + d + "' GROUP BY CLAVE ORDER BY 2 DESC, 1", pmv);
        }
        q("SELECT GRUPO, CLAVE, DIAS_HABILES, SUM(CANTIDAD), SUM(EN_PLAZO), SUM(FUERA_PLAZO) FROM RESUMEN_TIEMPOS WHERE MES BETWEEN ? AND ?" + fa + " GROUP BY GRUPO, CLAVE, DIAS_HABILES", pmv);
        String abiertas = "('REGISTRADA','DATOS_SOLICITADOS','EN_ANALISIS','DERIVADA','RESPUESTA_RECIBIDA')";
        if (area == null) {
            q("SELECT COALESCE(LIMITE_ESCALAMIENTO, FECHA_LIMITE), COUNT(ID) FROM PETICION WHERE (ESTADO IN " + abiertas + ") GROUP BY COALESCE(LIMITE_ESCALAMIENTO, FECHA_LIMITE)");
            q("SELECT u.NOMBRE_USUARIO, u.NOMBRE_COMPLETO, COUNT(*), SUM(CASE WHEN COALESCE(p.LIMITE_ESCALAMIENTO, p.FECHA_LIMITE) < ? THEN 1 ELSE 0 END) FROM PETICION p JOIN USUARIO u ON u.ID = p.CONSULTOR_ID WHERE p.ESTADO IN " + abiertas + " GROUP BY u.NOMBRE_USUARIO, u.NOMBRE_COMPLETO ORDER BY 3 DESC, 1", Date.valueOf(hasta));
            q("SELECT COUNT(*) FROM BITACORA b JOIN PETICION p ON p.ID = b.PETICION_ID WHERE b.TIPO_EVENTO = 'RESPUESTA_RECHAZADA' AND b.FECHA >= ? AND b.FECHA < ?", Timestamp.valueOf(desde.atStartOfDay()), Timestamp.valueOf(hasta.plusDays(1).atStartOfDay()));
        } else {
            q("SELECT COALESCE(LIMITE_ESCALAMIENTO, FECHA_LIMITE), COUNT(ID) FROM PETICION WHERE (AREA_DAC_ID = ?) AND (ESTADO IN " + abiertas + ") GROUP BY COALESCE(LIMITE_ESCALAMIENTO, FECHA_LIMITE)", area);
            q("SELECT u.NOMBRE_USUARIO, u.NOMBRE_COMPLETO, COUNT(*), SUM(CASE WHEN COALESCE(p.LIMITE_ESCALAMIENTO, p.FECHA_LIMITE) < ? THEN 1 ELSE 0 END) FROM PETICION p JOIN USUARIO u ON u.ID = p.CONSULTOR_ID WHERE p.ESTADO IN " + abiertas + " AND p.AREA_DAC_ID = ? GROUP BY u.NOMBRE_USUARIO, u.NOMBRE_COMPLETO ORDER BY 3 DESC, 1", Date.valueOf(hasta), area);
            q("SELECT COUNT(*) FROM BITACORA b JOIN PETICION p ON p.ID = b.PETICION_ID WHERE b.TIPO_EVENTO = 'RESPUESTA_RECHAZADA' AND b.FECHA >= ? AND b.FECHA < ? AND p.AREA_DAC_ID = ?", Timestamp.valueOf(desde.atStartOfDay()), Timestamp.valueOf(hasta.plusDays(1).atStartOfDay()), area);
        }
        q("SELECT CALIFICACION, COUNT(*) FROM ENCUESTA_SATISFACCION WHERE RESPONDIDA_EN >= ? AND RESPONDIDA_EN < ? GROUP BY CALIFICACION", Timestamp.valueOf(desde.atStartOfDay()), Timestamp.valueOf(hasta.plusDays(1).atStartOfDay()));
    }

    static String fila(String nombre, LocalDate desde, LocalDate hasta, Long area) throws Exception {
        for (int i = 0; i < 20; i++) tablero(desde, hasta, area);
        double[] ms = new double[100];
        for (int i = 0; i < ms.length; i++) { long t = System.nanoTime(); tablero(desde, hasta, area); ms[i] = (System.nanoTime() - t) / 1e6; }
        Arrays.sort(ms);
        return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |", nombre, ms[50], ms[95], ms[99]);
    }

    public static void main(String[] a) throws Exception {
        c = DriverManager.getConnection(a[0], "siade", "siade");
        LocalDate hoy = LocalDate.parse(a[1]);
        LocalDate mes = hoy.withDayOfMonth(1), fin = hoy.withDayOfMonth(hoy.lengthOfMonth());
        LocalDate anio = hoy.minusMonths(11).withDayOfMonth(1);
        System.out.println(fila("Todas las áreas, este mes", mes, fin, null));
        System.out.println(fila("Un área, este mes", mes, fin, 6L));
        System.out.println(fila("Todas las áreas, últimos 12 meses", anio, fin, null));
        System.out.println(fila("Un área, últimos 12 meses", anio, fin, 6L));
    }
}
