package mx.gob.imss.siade.firma;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The visible signature block drawn on the last page: a QR that opens the public verification of
 * this oficio, "Firmado electrónicamente", the signer's name and position (and the absence they sign
 * for), date and time, the oficio folio and the verification code. Drawn once as one image, so the
 * PDF embeds no font for it.
 */
public record BloqueFirma(String firmante, String cargo, String suplenciaDe, String fechaHora, String folioOficio,
                          String codigo, String urlVerificacion) {

    /** Size on the page, in points. */
    public static final float ANCHO = 440f;
    public static final float ALTO = 95f;

    /** Pixels per point of the image (144 dpi: sharp on screen and legible printed, small to embed). */
    private static final int ESCALA = 2;

    /**
     * The block as a grey JPEG (quality 0.85): PDFBox embeds a JPEG as it is (DCT), while a PNG would be
     * decoded and compressed again on every signature; at this resolution the QR reads the same.
     */
    public byte[] imagen() {
        int ancho = (int) (ANCHO * ESCALA);
        int alto = (int) (ALTO * ESCALA);
        BufferedImage imagen = new BufferedImage(ancho, alto, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = imagen.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, ancho, alto);
            g.setColor(Color.DARK_GRAY);
            g.drawRect(1, 1, ancho - 3, alto - 3);
            int lado = alto - 4 * ESCALA;
            dibujarQr(g, 2 * ESCALA, 2 * ESCALA, lado);
            int x = lado + 6 * ESCALA;
            int y = Math.round(13.5f * ESCALA);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 9 * ESCALA));
            g.drawString("Firmado electrónicamente", x, y);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 8 * ESCALA));
            y += Math.round(11.5f * ESCALA);
            g.drawString(recortar(firmante, 52), x, y);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 7 * ESCALA));
            for (String linea : lineas()) {
                y += Math.round(9.4f * ESCALA);
                g.drawString(recortar(linea, 78), x, y);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream salida = new ByteArrayOutputStream(64 * 1024);
        javax.imageio.ImageWriter escritor = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (javax.imageio.stream.ImageOutputStream destino = ImageIO.createImageOutputStream(salida)) {
            javax.imageio.ImageWriteParam parametros = escritor.getDefaultWriteParam();
            parametros.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
            parametros.setCompressionQuality(0.85f);
            escritor.setOutput(destino);
            escritor.write(null, new javax.imageio.IIOImage(imagen, null, null), parametros);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            escritor.dispose();
        }
        return salida.toByteArray();
    }

    private List<String> lineas() {
        List<String> lineas = new ArrayList<>();
        lineas.add(cargo);
        if (suplenciaDe != null) {
            lineas.add("En suplencia por ausencia de " + suplenciaDe);
        }
        lineas.add(fechaHora + " · Oficio " + folioOficio);
        lineas.add("Código de verificación: " + codigo);
        lineas.add("Verifique en " + urlVerificacion.replaceFirst("\\?.*$", ""));
        return lineas;
    }

    /** The QR one module at a time (the matrix at its natural size, each module a square). */
    private void dibujarQr(Graphics2D g, int x, int y, int lado) {
        BitMatrix matriz;
        try {
            matriz = new QRCodeWriter().encode(urlVerificacion, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
        } catch (WriterException e) {
            throw new IllegalStateException("No se pudo generar el código QR", e);
        }
        int modulo = Math.max(1, lado / matriz.getWidth());
        int margen = (lado - modulo * matriz.getWidth()) / 2;
        g.setColor(Color.BLACK);
        for (int j = 0; j < matriz.getHeight(); j++) {
            for (int i = 0; i < matriz.getWidth(); i++) {
                if (matriz.get(i, j)) {
                    g.fillRect(x + margen + i * modulo, y + margen + j * modulo, modulo, modulo);
                }
            }
        }
    }

    private static String recortar(String texto, int maximo) {
        if (texto == null) {
            return "";
        }
        return texto.length() <= maximo ? texto : texto.substring(0, maximo - 1) + "…";
    }
}
