package mx.gob.imss.siade.documentos;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.sql.DataSource;

/**
 * The pages of a scanned TIFF as the browser shows them: each page is decoded once, on its first
 * view, scaled to screen width, encoded as PNG and kept in PAGINA_DOCUMENTO; every later view reads
 * that row. The page count is counted once from the headers and kept in DOCUMENTO.PAGINAS. The scan
 * is read from the database into memory (never a temporary file: it is full of personal data), a
 * page is never decoded past the pixel bound, and at most {@link #DECODIFICACIONES} pages are
 * decoded at once per node, so a burst of first views cannot exhaust the heap.
 */
@ApplicationScoped
public class PaginasTiff {

    /** Width the pages are shown at: a letter page at about 200 dpi. */
    static final int ANCHO_MAXIMO = 1700;
    static final int DECODIFICACIONES = 2;

    private final Semaphore decodificando = new Semaphore(DECODIFICACIONES, true);

    @Resource(lookup = "jdbc/siade")
    private DataSource ds;

    @Inject
    private Digitalizacion digitalizacion;

    /** The number of pages, counted from the headers the first time and kept. */
    public int paginas(long idDocumento) {
        try (Connection c = ds.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT PAGINAS FROM DOCUMENTO WHERE ID = ?")) {
                s.setLong(1, idDocumento);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next() && rs.getObject(1) != null) {
                        return rs.getInt(1);
                    }
                }
            }
            int paginas = contar(idDocumento, c);
            try (PreparedStatement s = c.prepareStatement("UPDATE DOCUMENTO SET PAGINAS = ? WHERE ID = ?")) {
                s.setInt(1, paginas);
                s.setLong(2, idDocumento);
                s.executeUpdate();
            }
            return paginas;
        } catch (SQLException e) {
            throw new IllegalStateException("No se pudieron contar las páginas del documento " + idDocumento, e);
        }
    }

    /** Page {@code numero} (from 0) as PNG, rendered and kept on its first view. */
    public byte[] pagina(long idDocumento, int numero) {
        if (numero < 0 || numero >= paginas(idDocumento)) {
            throw DocumentoRechazadoException.paginaInexistente(numero + 1);
        }
        try (Connection c = ds.getConnection()) {
            Optional<byte[]> guardada = guardada(idDocumento, numero, c);
            if (guardada.isPresent()) {
                return guardada.get();
            }
            byte[] png = renderizar(idDocumento, numero, c);
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO PAGINA_DOCUMENTO (DOCUMENTO_ID, NUMERO, CONTENIDO) VALUES (?, ?, ?)")) {
                s.setLong(1, idDocumento);
                s.setInt(2, numero);
                s.setBinaryStream(3, new ByteArrayInputStream(png), png.length);
                s.executeUpdate();
            } catch (SQLIntegrityConstraintViolationException otraVistaSimultanea) {
                // Another request rendered the same page at the same moment: its row is as good as ours.
            }
            return png;
        } catch (SQLException e) {
            throw new IllegalStateException("No se pudo leer la página " + numero + " del documento " + idDocumento, e);
        }
    }

    private static Optional<byte[]> guardada(long idDocumento, int numero, Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT CONTENIDO FROM PAGINA_DOCUMENTO WHERE DOCUMENTO_ID = ? AND NUMERO = ?")) {
            s.setLong(1, idDocumento);
            s.setInt(2, numero);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        }
    }

    private int contar(long idDocumento, Connection c) throws SQLException {
        return conLector(idDocumento, c, lector -> {
            int paginas = 0;
            int maximo = digitalizacion.paginasMaximas();
            while (paginas < maximo) {
                try {
                    lector.getWidth(paginas);
                } catch (IndexOutOfBoundsException fin) {
                    break;
                }
                paginas++;
            }
            return paginas;
        });
    }

    private byte[] renderizar(long idDocumento, int numero, Connection c) throws SQLException {
        return conLector(idDocumento, c, lector -> {
            // Never decode without a bound, even a file filed before the upload checks existed.
            if ((long) lector.getWidth(numero) * lector.getHeight(numero) > digitalizacion.pixelesMaximos()) {
                throw DocumentoRechazadoException.imagenDemasiadoGrande(String.valueOf(idDocumento),
                        digitalizacion.pixelesMaximos() / 1_000_000L);
            }
            decodificando.acquireUninterruptibly();
            try {
                BufferedImage pagina = escalar(lector.read(numero));
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(pagina, "png", png);
                return png.toByteArray();
            } finally {
                decodificando.release();
            }
        });
    }

    static BufferedImage escalar(BufferedImage original) {
        if (original.getWidth() <= ANCHO_MAXIMO) {
            return original;
        }
        int alto = (int) Math.max(1, Math.round(original.getHeight() * (double) ANCHO_MAXIMO / original.getWidth()));
        BufferedImage escalada = new BufferedImage(ANCHO_MAXIMO, alto, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = escalada.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(original, 0, 0, ANCHO_MAXIMO, alto, null);
        } finally {
            g.dispose();
        }
        return escalada;
    }

    private interface ConLector<T> {
        T con(ImageReader lector) throws IOException;
    }

    /** Opens the scan from the database, in memory, with a TIFF reader on it. */
    private static <T> T conLector(long idDocumento, Connection c, ConLector<T> uso) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT CONTENIDO FROM DOCUMENTO WHERE ID = ?")) {
            s.setLong(1, idDocumento);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw DocumentoRechazadoException.noEncontrado(idDocumento);
                }
                try (InputStream contenido = rs.getBinaryStream(1);
                     ImageInputStream entrada = new MemoryCacheImageInputStream(contenido)) {
                    Iterator<ImageReader> lectores = ImageIO.getImageReaders(entrada);
                    if (!lectores.hasNext()) {
                        throw DocumentoRechazadoException.imagenIlegible(String.valueOf(idDocumento));
                    }
                    ImageReader lector = lectores.next();
                    try {
                        lector.setInput(entrada, false, true);
                        return uso.con(lector);
                    } finally {
                        lector.dispose();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
