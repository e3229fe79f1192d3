package mx.gob.imss.siade.pruebas;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import mx.gob.imss.siade.documentos.ContenidoArchivo;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small real files for the tests: a one-page PDF "scan" and a PNG, each with its own text. */
public final class ArchivosDePrueba {

    private ArchivosDePrueba() {
    }

    public static byte[] pdf(String texto) {
        return pdf(texto, true);
    }

    /** A one-page PDF whose text is written as is (no compression), so it could be read in any file holding it. */
    public static byte[] pdfSinComprimir(String texto) {
        return pdf(texto, false);
    }

    private static byte[] pdf(String texto, boolean comprimido) {
        try (PDDocument documento = new PDDocument(); ByteArrayOutputStream salida = new ByteArrayOutputStream()) {
            PDPage pagina = new PDPage();
            documento.addPage(pagina);
            try (PDPageContentStream contenido = new PDPageContentStream(documento, pagina,
                    PDPageContentStream.AppendMode.OVERWRITE, comprimido)) {
                contenido.beginText();
                contenido.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                contenido.newLineAtOffset(72, 700);
                contenido.showText(texto);
                contenido.endText();
            }
            if (comprimido) {
                documento.save(salida);
            } else {
                documento.save(salida, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            }
            return salida.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] png(String texto) {
        BufferedImage imagen = new BufferedImage(400, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = imagen.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 120);
        g.setColor(Color.BLACK);
        g.drawString(texto, 20, 60);
        g.dispose();
        try (ByteArrayOutputStream salida = new ByteArrayOutputStream()) {
            ImageIO.write(imagen, "png", salida);
            return salida.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A TIFF scan of {@code paginas} pages, each with its own text. */
    public static byte[] tiff(String texto, int paginas) {
        javax.imageio.ImageWriter escritor = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ByteArrayOutputStream salida = new ByteArrayOutputStream();
             javax.imageio.stream.ImageOutputStream destino = ImageIO.createImageOutputStream(salida)) {
            escritor.setOutput(destino);
            escritor.prepareWriteSequence(null);
            for (int i = 1; i <= paginas; i++) {
                BufferedImage imagen = new BufferedImage(600, 800, BufferedImage.TYPE_BYTE_GRAY);
                Graphics2D g = imagen.createGraphics();
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, 600, 800);
                g.setColor(Color.BLACK);
                g.drawString(texto + " — página " + i, 40, 80);
                g.dispose();
                escritor.writeToSequence(new javax.imageio.IIOImage(imagen, null, null), null);
            }
            escritor.endWriteSequence();
            destino.flush();
            return salida.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            escritor.dispose();
        }
    }

    /**
     * A scanned letter as a scanner gives it: a deflated grey TIFF at 300 dpi, one page per argument,
     * each line of it (split at {@code \n}) typeset in a serif font at letter size, for OCR.
     */
    public static byte[] escaneo(String... paginas) {
        List<BufferedImage> imagenes = new java.util.ArrayList<>();
        for (String pagina : paginas) {
            BufferedImage imagen = hojaEnBlanco();
            Graphics2D g = imagen.createGraphics();
            g.setColor(Color.BLACK);
            g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
                    java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new java.awt.Font(java.awt.Font.SERIF, java.awt.Font.PLAIN, 50));
            int y = 200;
            for (String linea : pagina.split("\\n")) {
                g.drawString(linea, 150, y);
                y += 90;
            }
            g.dispose();
            imagenes.add(imagen);
        }
        return tiffComprimido(imagenes);
    }

    private static BufferedImage hojaEnBlanco() {
        BufferedImage imagen = new BufferedImage(2480, 1600, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = imagen.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, imagen.getWidth(), imagen.getHeight());
        g.dispose();
        return imagen;
    }

    /** Pages as a scanner writes them: one grey TIFF, deflated, a page per image. */
    public static byte[] tiffComprimido(List<BufferedImage> paginas) {
        javax.imageio.ImageWriter escritor = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ByteArrayOutputStream salida = new ByteArrayOutputStream();
             javax.imageio.stream.ImageOutputStream destino = ImageIO.createImageOutputStream(salida)) {
            escritor.setOutput(destino);
            javax.imageio.ImageWriteParam parametros = escritor.getDefaultWriteParam();
            parametros.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
            parametros.setCompressionType("Deflate");
            escritor.prepareWriteSequence(null);
            for (BufferedImage pagina : paginas) {
                escritor.writeToSequence(new javax.imageio.IIOImage(pagina, null, null), parametros);
            }
            escritor.endWriteSequence();
            destino.flush();
            return salida.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            escritor.dispose();
        }
    }

    /**
     * A one-page scan (deflated grey TIFF, 300 dpi) whose page carries a QR with {@code contenidoQr} in its
     * top-right corner, as a printed acuse or oficio does, and {@code texto} below.
     */
    public static byte[] escaneoConQr(String contenidoQr, String texto) {
        BufferedImage imagen = hojaEnBlanco();
        Graphics2D g = imagen.createGraphics();
        try {
            com.google.zxing.common.BitMatrix qr = new com.google.zxing.qrcode.QRCodeWriter().encode(contenidoQr,
                    com.google.zxing.BarcodeFormat.QR_CODE, 500, 500);
            g.setColor(Color.BLACK);
            for (int y = 0; y < qr.getHeight(); y++) {
                for (int x = 0; x < qr.getWidth(); x++) {
                    if (qr.get(x, y)) {
                        g.fillRect(1850 + x, 100 + y, 1, 1);
                    }
                }
            }
        } catch (com.google.zxing.WriterException e) {
            throw new IllegalStateException(e);
        }
        g.setFont(new java.awt.Font(java.awt.Font.SERIF, java.awt.Font.PLAIN, 50));
        g.drawString(texto, 150, 900);
        g.dispose();
        return tiffComprimido(List.of(imagen));
    }

    /**
     * A small TIFF that declares what decoding would cost: {@code paginas} pages of
     * {@code ancho} × {@code alto} one-bit pixels, deflated (white compresses to almost nothing).
     */
    public static byte[] tiffBomba(int ancho, int alto, int paginas) {
        javax.imageio.ImageWriter escritor = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ByteArrayOutputStream salida = new ByteArrayOutputStream();
             javax.imageio.stream.ImageOutputStream destino = ImageIO.createImageOutputStream(salida)) {
            escritor.setOutput(destino);
            javax.imageio.ImageWriteParam parametros = escritor.getDefaultWriteParam();
            parametros.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
            parametros.setCompressionType("Deflate");
            BufferedImage imagen = new BufferedImage(ancho, alto, BufferedImage.TYPE_BYTE_BINARY);
            escritor.prepareWriteSequence(null);
            for (int i = 0; i < paginas; i++) {
                escritor.writeToSequence(new javax.imageio.IIOImage(imagen, null, null), parametros);
            }
            escritor.endWriteSequence();
            destino.flush();
            return salida.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            escritor.dispose();
        }
    }

    public static byte[] texto(String texto) {
        return texto.getBytes(StandardCharsets.UTF_8);
    }

    public static ContenidoArchivo enMemoria(String nombre, byte[] contenido) {
        return new EnMemoria(nombre, contenido);
    }

    /** A file that reads well the first {@code lecturasBuenas} times and then breaks, like a lost upload. */
    public static ContenidoArchivo queFallaTrasLeer(String nombre, byte[] contenido, int lecturasBuenas) {
        return new ContenidoArchivo() {
            private int lecturas;

            @Override
            public String nombre() {
                return nombre;
            }

            @Override
            public long tamano() {
                return contenido.length;
            }

            @Override
            public InputStream abrir() throws IOException {
                if (++lecturas > lecturasBuenas) {
                    throw new IOException("conexión perdida durante la carga");
                }
                return new ByteArrayInputStream(contenido);
            }
        };
    }

    private record EnMemoria(String nombre, byte[] contenido) implements ContenidoArchivo {

        @Override
        public long tamano() {
            return contenido.length;
        }

        @Override
        public InputStream abrir() {
            return new ByteArrayInputStream(contenido);
        }
    }
}
