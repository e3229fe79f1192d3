package mx.gob.imss.siade.documentos;

import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Logger;

/**
 * XHTML + CSS to PDF (openhtmltopdf on PDFBox): acuses, oficios, carátulas. Templates are written
 * by an administrador, so the renderer loads nothing from the network or the file system: only
 * images embedded as {@code data:} URIs (the acuse's QR) resolve; any other address is dropped and
 * logged, and every stream protocol is refused.
 */
@ApplicationScoped
public class GeneradorPdf {

    private static final Logger LOG = Logger.getLogger(GeneradorPdf.class.getName());

    /** Resolves only embedded data; {@code null} makes the renderer skip the resource. */
    static String resolver(String base, String uri) {
        if (uri != null && uri.startsWith("data:")) {
            return uri;
        }
        LOG.warning(() -> "Recurso externo ignorado al generar un PDF: " + (uri == null ? "" : uri.substring(0, Math.min(200, uri.length()))));
        return null;
    }

    private static final FSStreamFactory NINGUNO = url -> {
        throw new IllegalStateException("El PDF no puede leer recursos externos: " + url);
    };

    public byte[] desdeXhtml(String xhtml) {
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.useUriResolver(GeneradorPdf::resolver);
            builder.useHttpStreamImplementation(NINGUNO);
            builder.useProtocolsStreamImplementation(NINGUNO, "http", "https", "file", "jar", "ftp", "classpath");
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo generar el PDF", e);
        }
    }
}
