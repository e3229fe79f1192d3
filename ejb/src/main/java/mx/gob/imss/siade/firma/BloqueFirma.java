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

    /** Pixels per point of the image (about 216 dpi: sharp when printed). */
    private static final int ESCALA = 3;

    public byte[] png() {
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
            int lado = alto - 12;
            dibujarQr(g, 6, 6, lado);
            int x = lado + 18;
            int y = 40;
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 27));
            g.drawString("Firmado electrónicamente", x, y);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 24));
            y += 34;
            g.drawString(recortar(firmante, 52), x, y);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 21));
            for (String linea : lineas()) {
                y += 28;
                g.drawString(recortar(linea, 78), x, y);
            }
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream salida = new ByteArrayOutputStream(32 * 1024);
            ImageIO.write(imagen, "png", salida);
            return salida.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private void dibujarQr(Graphics2D g, int x, int y, int lado) {
        BitMatrix matriz;
        try {
            matriz = new QRCodeWriter().encode(urlVerificacion, BarcodeFormat.QR_CODE, lado, lado,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
        } catch (WriterException e) {
            throw new IllegalStateException("No se pudo generar el código QR", e);
        }
        g.setColor(Color.BLACK);
        for (int i = 0; i < matriz.getWidth(); i++) {
            for (int j = 0; j < matriz.getHeight(); j++) {
                if (matriz.get(i, j)) {
                    g.fillRect(x + i, y + j, 1, 1);
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
