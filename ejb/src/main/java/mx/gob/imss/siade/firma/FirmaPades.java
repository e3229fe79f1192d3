package mx.gob.imss.siade.firma;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.SignatureFieldParameters;
import eu.europa.esig.dss.pades.SignatureImageParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * PAdES signing of one PDF with EU DSS: baseline B, or B-LT when a time-stamp source is at hand
 * (time stamp, and the CA certificates and CRLs embedded, so it validates offline years later); the
 * visible block at the foot of the last page. One instance per batch (and per thread): what can be
 * reused across a batch (the DSS service, the trust material, the chain) is built once.
 */
public final class FirmaPades {

    /** Bottom margin of the oficio template (2.5 cm) in points. */
    private static final float MARGEN_INFERIOR = 71f;
    private static final float MARGEN_IZQUIERDO = 62f;

    static {
        // ImageIO (used by DSS to read the block's image) otherwise caches every stream in a temporary file.
        javax.imageio.ImageIO.setUseCache(false);
    }

    private final PAdESService servicio;
    private final SignatureLevel nivel;
    private final List<CertificateToken> cadena;
    private final CertificateToken certificado;

    public FirmaPades(ConfianzaFirma confianza, X509Certificate certificado) {
        this.servicio = new PAdESService(confianza.verificadorDss());
        // PDFBox drawing its own appearance stream: much faster than its template-based default.
        servicio.setPdfObjFactory(new eu.europa.esig.dss.pdf.pdfbox.PdfBoxNativeObjectFactory());
        Optional<TSPSource> sellos = confianza.sellosDeTiempo();
        sellos.ifPresent(servicio::setTspSource);
        this.nivel = sellos.isPresent() ? SignatureLevel.PAdES_BASELINE_LT : SignatureLevel.PAdES_BASELINE_B;
        this.certificado = new CertificateToken(certificado);
        this.cadena = confianza.cadena(certificado).stream().map(CertificateToken::new).toList();
    }

    public SignatureLevel nivel() {
        return nivel;
    }

    /** The signed PDF. */
    public byte[] firmar(byte[] pdf, CredencialFirma credencial, BloqueFirma bloque, Date fecha, String motivo) {
        DSSDocument documento = new InMemoryDocument(pdf, "oficio.pdf");
        PAdESSignatureParameters parametros = new PAdESSignatureParameters();
        parametros.setSignatureLevel(nivel);
        parametros.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parametros.setSigningCertificate(certificado);
        parametros.setCertificateChain(cadena);
        parametros.bLevel().setSigningDate(fecha);
        parametros.setSignerName(bloque.firmante());
        parametros.setReason(motivo);
        parametros.setLocation("Ciudad de México");
        // Room for the CMS: the signer's chain, the time stamp with its own, and a margin for real SAT chains.
        parametros.setContentSize(nivel == SignatureLevel.PAdES_BASELINE_B ? 9472 : 12288);
        parametros.setImageParameters(imagen(pdf, bloque));

        ToBeSigned datos = servicio.getDataToSign(documento, parametros);
        SignatureValue valor = new SignatureValue(SignatureAlgorithm.RSA_SHA256, credencial.firmar(datos.getBytes()));
        DSSDocument firmado = servicio.signDocument(documento, parametros, valor);
        try {
            ByteArrayOutputStream salida = new ByteArrayOutputStream(pdf.length + 64 * 1024);
            firmado.writeTo(salida);
            return salida.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SignatureImageParameters imagen(byte[] pdf, BloqueFirma bloque) {
        int paginas;
        float altoPagina;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            paginas = doc.getNumberOfPages();
            PDPage ultima = doc.getPage(paginas - 1);
            altoPagina = ultima.getMediaBox().getHeight();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF del oficio ilegible", e);
        }
        SignatureFieldParameters campo = new SignatureFieldParameters();
        campo.setPage(paginas);
        campo.setOriginX(MARGEN_IZQUIERDO);
        campo.setOriginY(altoPagina - MARGEN_INFERIOR - BloqueFirma.ALTO); // DSS counts from the top
        campo.setWidth(BloqueFirma.ANCHO);
        campo.setHeight(BloqueFirma.ALTO);
        SignatureImageParameters imagen = new SignatureImageParameters();
        imagen.setImage(new InMemoryDocument(bloque.imagen(), "firma.jpg"));
        imagen.setFieldParameters(campo);
        return imagen;
    }
}
