package mx.gob.imss.siade.digitalizacion;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Files taken from the digitisation folder. Rows are inserted by JDBC (the content streamed into the
 * BLOB, in the caller's transaction) and read through JPA; the content is read by streams only.
 */
@ApplicationScoped
public class EscaneoRepository {

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Resource(lookup = "jdbc/siade")
    private DataSource ds;

    /** What a new row holds. {@code contenido} only for a scan that waits in the tray. */
    public record Nuevo(String nombre, String sha256, String tipoMedio, long tamano, OffsetDateTime recibido,
                        EstadoEscaneo estado, byte[] contenido, String folioSugerido, String motivoSugerencia,
                        String folio, Long documentoId, String motivo) {
    }

    public long insertar(Nuevo n) {
        long id = ((Number) em.createNativeQuery("SELECT ESCANEO_ENTRANTE_SEQ.NEXTVAL FROM DUAL").getSingleResult())
                .longValue();
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO ESCANEO_ENTRANTE"
                + " (ID, NOMBRE_ARCHIVO, SHA256, TIPO_MEDIO, TAMANO_BYTES, RECIBIDO_EN, ESTADO, CONTENIDO, FOLIO_SUGERIDO,"
                + " MOTIVO_SUGERENCIA, FOLIO, DOCUMENTO_ID, MOTIVO, RESUELTO_POR, RESUELTO_EN, VERSION)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            s.setLong(1, id);
            s.setString(2, n.nombre());
            s.setString(3, n.sha256());
            s.setString(4, n.tipoMedio());
            s.setLong(5, n.tamano());
            s.setObject(6, n.recibido());
            s.setString(7, n.estado().name());
            if (n.contenido() == null) {
                s.setNull(8, java.sql.Types.BLOB);
            } else {
                s.setBinaryStream(8, new ByteArrayInputStream(n.contenido()), n.contenido().length);
            }
            s.setString(9, n.folioSugerido());
            s.setString(10, n.motivoSugerencia());
            s.setString(11, n.folio());
            if (n.documentoId() == null) {
                s.setNull(12, java.sql.Types.NUMERIC);
            } else {
                s.setLong(12, n.documentoId());
            }
            s.setString(13, n.motivo() == null ? null : n.motivo().length() > 500 ? n.motivo().substring(0, 500) : n.motivo());
            boolean resuelto = n.estado() != EstadoEscaneo.POR_CLASIFICAR;
            s.setString(14, resuelto ? mx.gob.imss.siade.seguridad.Actor.SISTEMA : null);
            s.setObject(15, resuelto ? n.recibido() : null);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("No se pudo registrar el archivo " + n.nombre() + " de la carpeta", e);
        }
        return id;
    }

    public Optional<EscaneoEntrante> porSha(String sha256) {
        return em.createNamedQuery("EscaneoEntrante.porSha", EscaneoEntrante.class).setParameter("sha256", sha256)
                .getResultList().stream().findFirst();
    }

    public Optional<EscaneoEntrante> porId(long id) {
        return Optional.ofNullable(em.find(EscaneoEntrante.class, id));
    }

    public List<EscaneoEntrante> porClasificar() {
        return em.createNamedQuery("EscaneoEntrante.porEstado", EscaneoEntrante.class)
                .setParameter("estado", EstadoEscaneo.POR_CLASIFICAR).setMaxResults(500).getResultList();
    }

    public List<EscaneoEntrante> recientes(int cuantos) {
        return em.createNamedQuery("EscaneoEntrante.recientes", EscaneoEntrante.class).setMaxResults(cuantos)
                .getResultList();
    }

    /** The content of a scan in the tray, whole (bounded by the upload size limit when it was taken). */
    public byte[] contenido(long id) {
        try (Connection c = ds.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT CONTENIDO FROM ESCANEO_ENTRANTE WHERE ID = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next() || rs.getObject(1) == null) {
                    return null;
                }
                try (InputStream in = rs.getBinaryStream(1)) {
                    return in.readAllBytes();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("No se pudo leer el escaneo " + id, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void copiarContenido(long id, OutputStream destino) {
        byte[] c = contenido(id);
        if (c != null) {
            try {
                destino.write(c);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Once filed, the document holds the content: the tray's copy goes. */
    public void soltarContenido(long id) {
        em.flush();
        try (Connection c = ds.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE ESCANEO_ENTRANTE SET CONTENIDO = NULL WHERE ID = ?")) {
            s.setLong(1, id);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("No se pudo actualizar el escaneo " + id, e);
        }
    }
}
