package mx.gob.imss.siade.auditoria;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import mx.gob.imss.siade.seguridad.Roles;

/**
 * Walks both hash chains straight from the tables (JDBC, never the persistence cache, so a row changed
 * directly in the database is seen as it is) and reports the first broken link: a row whose fields no
 * longer give its hash (changed), whose previous link is not the row before (inserted or deleted), or a
 * chain whose head is not its last row (rows deleted at the end).
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class VerificacionCadenas {

    /** The outcome: intact, or where the first break is. */
    public record Resultado(boolean integra, long revisados, String tabla, Long id, String folio, String motivo)
            implements Serializable {

        static Resultado integra(long revisados) {
            return new Resultado(true, revisados, null, null, null, null);
        }
    }

    @Resource(lookup = "jdbc/siade")
    private DataSource ds;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Resultado verificar() {
        try (Connection c = ds.getConnection()) {
            Resultado auditoria = auditoria(c);
            if (!auditoria.integra()) {
                return auditoria;
            }
            Resultado bitacora = bitacora(c);
            return bitacora.integra() ? Resultado.integra(auditoria.revisados() + bitacora.revisados()) : bitacora;
        } catch (SQLException e) {
            throw new IllegalStateException("No se pudieron leer las cadenas", e);
        }
    }

    private static Resultado auditoria(Connection c) throws SQLException {
        String anterior = Huella.INICIAL;
        long n = 0;
        try (PreparedStatement s = c.prepareStatement("SELECT ID, FECHA, USUARIO, ROLES, ACCION, FOLIO, DOCUMENTO_ID, "
                + "DETALLE, HASH_ANTERIOR, HASH FROM AUDITORIA ORDER BY ID"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                n++;
                long id = r.getLong("ID");
                long doc = r.getLong("DOCUMENTO_ID");
                Long documento = r.wasNull() ? null : doc;
                if (!anterior.equals(r.getString("HASH_ANTERIOR"))) {
                    return new Resultado(false, n, "AUDITORIA", id, r.getString("FOLIO"), "ESLABON");
                }
                String esperado = Huella.de(anterior, r.getObject("FECHA", OffsetDateTime.class), r.getString("USUARIO"),
                        r.getString("ROLES"), r.getString("ACCION"), r.getString("FOLIO"), documento, r.getString("DETALLE"));
                if (!esperado.equals(r.getString("HASH"))) {
                    return new Resultado(false, n, "AUDITORIA", id, r.getString("FOLIO"), "CONTENIDO");
                }
                anterior = esperado;
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT ULTIMO_HASH FROM CADENA_HASH WHERE NOMBRE = 'AUDITORIA'");
             ResultSet r = s.executeQuery()) {
            if (r.next() && !anterior.equals(r.getString(1))) {
                return new Resultado(false, n, "AUDITORIA", null, null, "FINAL");
            }
        }
        return Resultado.integra(n);
    }

    private record Entrada(long id, String anterior, String hash, String esperado) {
    }

    private static Resultado bitacora(Connection c) throws SQLException {
        long n = 0;
        try (PreparedStatement p = c.prepareStatement("SELECT ID, FOLIO, HASH_BITACORA FROM PETICION ORDER BY ID");
             ResultSet peticiones = p.executeQuery();
             PreparedStatement s = c.prepareStatement("SELECT ID, PETICION_ID, FECHA, USUARIO, TIPO_EVENTO, DESCRIPCION, "
                     + "ESTADO_ANTERIOR, ESTADO_NUEVO, HASH_ANTERIOR, HASH FROM BITACORA WHERE PETICION_ID = ? ORDER BY ID")) {
            while (peticiones.next()) {
                long peticion = peticiones.getLong("ID");
                String folio = peticiones.getString("FOLIO");
                String cabeza = peticiones.getString("HASH_BITACORA");
                Map<String, Entrada> porAnterior = new HashMap<>();
                List<Entrada> todas = new ArrayList<>();
                s.setLong(1, peticion);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        String anterior = r.getString("HASH_ANTERIOR");
                        Entrada e = new Entrada(r.getLong("ID"), anterior, r.getString("HASH"), anterior == null ? null
                                : Huella.de(anterior, peticion, r.getObject("FECHA", OffsetDateTime.class),
                                r.getString("USUARIO"), r.getString("TIPO_EVENTO"), r.getString("DESCRIPCION"),
                                r.getString("ESTADO_ANTERIOR"), r.getString("ESTADO_NUEVO")));
                        todas.add(e);
                        if (anterior != null) {
                            porAnterior.put(anterior, e);
                        }
                    }
                }
                n += todas.size();
                for (Entrada e : todas) {
                    if (e.anterior() == null) {
                        return new Resultado(false, n, "BITACORA", e.id(), folio, "SIN_SELLO");
                    }
                    if (!e.esperado().equals(e.hash())) {
                        return new Resultado(false, n, "BITACORA", e.id(), folio, "CONTENIDO");
                    }
                }
                String eslabon = Huella.INICIAL;
                int seguidas = 0;
                while (porAnterior.containsKey(eslabon)) {
                    eslabon = porAnterior.get(eslabon).hash();
                    seguidas++;
                }
                if (seguidas != todas.size()) {
                    Entrada suelta = todas.stream().filter(e -> !e.anterior().equals(Huella.INICIAL)
                            && todas.stream().noneMatch(o -> o.hash().equals(e.anterior()))).findFirst().orElse(todas.get(0));
                    return new Resultado(false, n, "BITACORA", suelta.id(), folio, "ESLABON");
                }
                if (!todas.isEmpty() && !eslabon.equals(cabeza)) {
                    return new Resultado(false, n, "BITACORA", null, folio, "FINAL");
                }
            }
        }
        return Resultado.integra(n);
    }
}
