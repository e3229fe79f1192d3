package mx.gob.imss.siade.correspondencia;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import mx.gob.imss.siade.documentos.Documento;
import mx.gob.imss.siade.documentos.GeneradorPdf;
import mx.gob.imss.siade.infra.Plantillas;
import mx.gob.imss.siade.infra.Textos;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.peticion.Peticion;

/**
 * The acuse de recepción (PDF): folio, date and time, sender, the documents received with their
 * SHA-256, the código de consulta, and a QR code that opens the public status page on the folio. HTML from a FreeMarker template, rendered to PDF by
 * openhtmltopdf; the QR by ZXing.
 */
@ApplicationScoped
public class AcuseRecepcion {

    private static final DateTimeFormatter FECHA_HORA = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm 'h'", Textos.ES_MX);
    private static final int LADO_QR = 300;

    @Inject
    private Plantillas plantillas;

    @Inject
    private GeneradorPdf pdf;

    @Inject
    private mx.gob.imss.siade.peticion.EnlaceConsulta enlace;

    /** A document line of the acuse. */
    public record Renglon(String nombre, String tipo, String tamano, String sha256) {
    }

    public byte[] generar(Peticion peticion, List<Documento> documentos, String registro) {
        Map<String, Object> datos = new HashMap<>();
        datos.put("institucion", Textos.de("acuse.institucion"));
        datos.put("folio", peticion.getFolio());
        datos.put("fechaRecepcion", fechaHora(peticion.getFechaRecepcion()));
        datos.put("fechaRegistro", fechaHora(peticion.getFechaRegistro()));
        datos.put("remitente", peticion.getPersonaUsuaria().getNombre());
        datos.put("medio", Textos.etiqueta(peticion.getMedioCaptacion()));
        datos.put("asunto", peticion.getAsunto());
        datos.put("registro", registro);
        datos.put("documentos", documentos.stream()
                .map(d -> new Renglon(d.getNombreArchivo(), d.getTipoDocumento().getNombre(), Textos.tamano(d.getTamanoBytes()),
                        d.getSha256()))
                .toList());
        datos.putAll(enlace.campos(peticion));
        // The QR opens the public status page on this petición (folio and code).
        datos.put("qr", "data:image/png;base64," + Base64.getEncoder().encodeToString(qr(enlace.url(peticion))));
        return pdf.desdeXhtml(plantillas.procesar("correspondencia/acuse-recepcion.ftlh", datos));
    }

    static byte[] qr(String contenido) {
        try {
            BitMatrix matriz = new QRCodeWriter().encode(contenido, BarcodeFormat.QR_CODE, LADO_QR, LADO_QR,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
            BufferedImage imagen = new BufferedImage(matriz.getWidth(), matriz.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < matriz.getHeight(); y++) {
                for (int x = 0; x < matriz.getWidth(); x++) {
                    imagen.setRGB(x, y, matriz.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(imagen, "png", png);
            return png.toByteArray();
        } catch (WriterException e) {
            throw new IllegalStateException("No se pudo generar el código QR", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fechaHora(OffsetDateTime instante) {
        return instante.atZoneSameInstant(Tiempo.ZONA_MEXICO).format(FECHA_HORA);
    }

}
