package mx.gob.imss.siade.documentos;

import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import mx.gob.imss.siade.infra.PlantillaRechazadaException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
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
        comprobarXhtml(xhtml);
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

    /**
     * The renderer reads XHTML; a text that is not well formed is refused first, with the parser's
     * own Spanish message and the line and column (the renderer would say it in English, cut short).
     * No DTD or external entity is ever read.
     */
    static void comprobarXhtml(String xhtml) {
        try {
            SAXParserFactory fabrica = SAXParserFactory.newInstance();
            fabrica.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            fabrica.setFeature("http://xml.org/sax/features/external-general-entities", false);
            fabrica.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            fabrica.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            XMLReader lector = fabrica.newSAXParser().getXMLReader();
            lector.setProperty("http://apache.org/xml/properties/locale", Locale.forLanguageTag("es"));
            lector.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // throws, prints nothing
            lector.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXParseException e) {
            throw PlantillaRechazadaException.htmlMalFormado(e.getLineNumber(), e.getColumnNumber(),
                    e.getMessage() == null ? "" : e.getMessage());
        } catch (SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("No se pudo revisar el XHTML", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
