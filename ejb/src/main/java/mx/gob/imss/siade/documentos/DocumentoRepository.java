package mx.gob.imss.siade.documentos;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import mx.gob.imss.siade.catalogos.TipoDocumento;
import mx.gob.imss.siade.peticion.Peticion;

/**
 * Documents of a case. Content goes into the BLOB through JDBC streams, in the caller's JTA
 * transaction (the container hands the same connection EclipseLink uses), so a file is never
 * held whole in memory and content and metadata commit together or not at all. Reads of the
 * metadata go through JPA (the content is lazy and never loaded by lists).
 */
@ApplicationScoped
public class DocumentoRepository {

    private static final String INSERTAR = "INSERT INTO DOCUMENTO (ID, PETICION_ID, TIPO_DOCUMENTO_ID, NOMBRE_ARCHIVO,"
            + " TIPO_MEDIO, TAMANO_BYTES, SHA256, CONTENIDO, DESCRIPCION, CARGADO_POR, CARGADO_EN)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Resource(lookup = "jdbc/siade")
    private DataSource ds;

    public boolean existe(Peticion peticion, String sha256) {
        return !em.createNamedQuery("Documento.findIdByPeticionAndSha", Long.class)
                .setParameter("peticion", peticion).setParameter("sha256", sha256)
                .getResultList().isEmpty();
    }

    public List<Documento> dePeticion(Peticion peticion) {
        return em.createNamedQuery("Documento.findByPeticion", Documento.class)
                .setParameter("peticion", peticion).getResultList();
    }

    public Optional<Documento> porId(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Documento.class, id));
    }

    /** Streams {@code contenido} into a new DOCUMENTO row and returns its id. */
    public long insertar(Peticion peticion, TipoDocumento tipo, String nombre, String tipoMedio, long tamano,
                         String sha256, InputStream contenido, String descripcion, String usuario, OffsetDateTime cuando) {
        em.flush(); // the petición row must exist for the foreign key, on this same connection
        long id = ((Number) em.createNativeQuery("SELECT DOCUMENTO_SEQ.NEXTVAL FROM DUAL").getSingleResult()).longValue();
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(INSERTAR)) {
            s.setLong(1, id);
            s.setLong(2, peticion.getId());
            s.setLong(3, tipo.getId());
            s.setString(4, nombre);
            s.setString(5, tipoMedio);
            s.setLong(6, tamano);
            s.setString(7, sha256);
            s.setBinaryStream(8, contenido, tamano);
            s.setString(9, descripcion);
            s.setString(10, usuario);
            s.setObject(11, cuando);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("No se pudo guardar el documento " + nombre, e);
        }
        return id;
    }

    /** Copies a document's content to {@code destino} without loading it whole. */
    public void copiarContenido(long id, OutputStream destino) {
        try (Connection c = ds.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT CONTENIDO FROM DOCUMENTO WHERE ID = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    try (InputStream in = rs.getBinaryStream(1)) {
                        in.transferTo(destino);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("No se pudo leer el documento " + id, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
