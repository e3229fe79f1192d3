package mx.gob.imss.siade.pruebas;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;

/**
 * The database a cluster test or the fault script shares with its nodes (the H2 server of
 * {@code config/h2-servidor.sh}), read and written over JDBC from the test: messages queued straight into
 * the outbox, and what is left pending.
 */
public final class BaseCompartida {

    private final int puerto;
    private final String claveArchivo;

    public BaseCompartida(int puerto, String claveArchivo) {
        this.puerto = puerto;
        this.claveArchivo = claveArchivo;
    }

    public Connection conexion() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:tcp://localhost:" + puerto + "/siade;CIPHER=AES;MODE=Oracle",
                "siade", claveArchivo + " siade");
    }

    /**
     * Queues {@code cuantos} messages into the outbox table as the application would, in blocks of the sequence
     * as EclipseLink takes them (INCREMENT BY 50); {@code autor} marks them.
     */
    public int encolarCorreos(int cuantos, String autor) throws SQLException {
        int hechos = 0;
        try (Connection c = conexion(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            while (hechos < cuantos) {
                long primero;
                try (ResultSet rs = s.executeQuery("SELECT CORREO_SALIENTE_SEQ.NEXTVAL FROM DUAL")) {
                    rs.next();
                    primero = rs.getLong(1) - 49;
                }
                try (PreparedStatement p = c.prepareStatement("INSERT INTO CORREO_SALIENTE (ID, PLANTILLA, DESTINATARIO,"
                        + " ASUNTO, CUERPO, ESTADO, INTENTOS, CREADO_POR, CREADO_EN, VERSION) VALUES (?, 'PRUEBA', ?, ?, ?,"
                        + " 'PENDIENTE', 0, ?, ?, 0)")) {
                    for (int i = 0; i < 50 && hechos < cuantos; i++, hechos++) {
                        p.setLong(1, primero + i);
                        p.setString(2, "enlace" + (primero + i) + "@imss.gob.mx");
                        p.setString(3, "Aviso " + (primero + i));
                        p.setString(4, "Cuerpo del aviso " + (primero + i));
                        p.setString(5, autor);
                        p.setObject(6, OffsetDateTime.now());
                        p.addBatch();
                    }
                    p.executeBatch();
                }
            }
            c.commit();
        }
        return hechos;
    }

    /** Messages of the outbox still waiting to go out. */
    public int correosPendientes() throws SQLException {
        try (Connection c = conexion(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM CORREO_SALIENTE WHERE ESTADO = 'PENDIENTE'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
