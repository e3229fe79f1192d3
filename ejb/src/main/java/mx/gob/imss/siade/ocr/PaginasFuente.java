package mx.gob.imss.siade.ocr;

import java.awt.Graphics2D;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The pages of a filed document as OCR wants them, one at a time and never past the bounds the
 * upload checks use (pages, pixels per page): a PDF page that already carries text gives it as is;
 * any other page is rendered (or decoded) to 8-bit grey at up to 300 dpi. The file is hostile: an
 * image is measured from its headers before it is decoded, and a PDF page whose images declare more
 * pixels than the bound is refused before it is drawn.
 */
public abstract class PaginasFuente implements AutoCloseable {

    /** Resolution pages are rendered at, when the pixel bound allows it. */
    static final int DPI = 300;
    /** Resolution assumed for a scan whose file does not say (TIFF/PNG/JPEG from a scanner). */
    static final int DPI_ESCANER = 300;
    /** A PDF page with at least this many characters of its own text is not recognised again. */
    static final int TEXTO_NATIVO_MINIMO = 40;

    /** One page: either its own text, or an image to recognise. */
    public record Pagina(String textoNativo, BufferedImage imagen, int dpi) {
        public boolean nativa() {
            return textoNativo != null;
        }
    }

    public abstract int paginas();

    public abstract Pagina pagina(int numero) throws FallaOcr;

    /** The page as an image whatever it holds (a QR code is looked for in it), at up to {@code dpi}. */
    public abstract Pagina imagen(int numero, int dpi) throws FallaOcr;

    @Override
    public void close() {
    }

    /** Opens {@code contenido} (its media type as detected at upload) under the bounds. */
    public static PaginasFuente de(byte[] contenido, String tipoMedio, int paginasMaximas, long pixelesMaximos)
            throws FallaOcr {
        if ("application/pdf".equals(tipoMedio)) {
            return new Pdf(contenido, paginasMaximas, pixelesMaximos);
        }
        if (tipoMedio != null && tipoMedio.startsWith("image/")) {
            return new Imagen(contenido, paginasMaximas, pixelesMaximos);
        }
        throw new FallaOcr("El tipo " + tipoMedio + " no se reconoce como texto", true);
    }

    static BufferedImage enGris(BufferedImage origen) {
        if (origen.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return origen;
        }
        BufferedImage gris = new BufferedImage(origen.getWidth(), origen.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gris.createGraphics();
        try {
            g.setColor(Color.WHITE); // transparent parts of a PNG are paper, not black
            g.fillRect(0, 0, origen.getWidth(), origen.getHeight());
            g.drawImage(origen, 0, 0, null);
        } finally {
            g.dispose();
        }
        return gris;
    }

    /** A PDF: pages with their own text are taken as they are; the others are rendered. */
    static final class Pdf extends PaginasFuente {

        private final PDDocument documento;
        private final long pixelesMaximos;

        Pdf(byte[] contenido, int paginasMaximas, long pixelesMaximos) throws FallaOcr {
            try {
                documento = Loader.loadPDF(contenido);
            } catch (IOException e) {
                throw new FallaOcr("El PDF está dañado o cifrado y no se puede leer", true, e);
            }
            this.pixelesMaximos = pixelesMaximos;
            if (documento.getNumberOfPages() > paginasMaximas) {
                close();
                throw new FallaOcr("El PDF tiene más de " + paginasMaximas + " páginas", true);
            }
        }

        @Override
        public int paginas() {
            return documento.getNumberOfPages();
        }

        @Override
        public Pagina pagina(int numero) throws FallaOcr {
            try {
                PDFTextStripper lector = new PDFTextStripper();
                lector.setSortByPosition(true);
                lector.setStartPage(numero + 1);
                lector.setEndPage(numero + 1);
                String texto = lector.getText(documento).strip();
                if (texto.codePoints().filter(Character::isLetterOrDigit).count() >= TEXTO_NATIVO_MINIMO) {
                    return new Pagina(texto, null, 0);
                }
                return imagen(numero, DPI);
            } catch (IOException | RuntimeException e) {
                throw new FallaOcr("No se pudo dibujar la página " + (numero + 1) + " del PDF", true, e);
            }
        }

        @Override
        public Pagina imagen(int numero, int dpiMaximo) throws FallaOcr {
            try {
                PDPage pagina = documento.getPage(numero);
                acotarImagenes(pagina.getResources(), 0);
                PDRectangle caja = pagina.getCropBox();
                double pulgadas2 = (caja.getWidth() / 72.0) * (caja.getHeight() / 72.0);
                if (pulgadas2 <= 0) {
                    throw new FallaOcr("La página " + (numero + 1) + " no tiene tamaño", true);
                }
                int dpi = (int) Math.min(dpiMaximo, Math.floor(Math.sqrt(pixelesMaximos / pulgadas2)));
                if (dpi < 50) {
                    throw new FallaOcr("La página " + (numero + 1) + " es demasiado grande para reconocerse", true);
                }
                BufferedImage imagen = new PDFRenderer(documento).renderImageWithDPI(numero, dpi, ImageType.GRAY);
                return new Pagina(null, imagen, dpi);
            } catch (IOException | RuntimeException e) {
                throw new FallaOcr("No se pudo dibujar la página " + (numero + 1) + " del PDF", true, e);
            }
        }

        /** Refuses a page whose images (or those of its forms) declare more pixels than the bound. */
        private void acotarImagenes(PDResources recursos, int profundidad) throws IOException, FallaOcr {
            if (recursos == null || profundidad > 3) {
                return;
            }
            for (COSName nombre : recursos.getXObjectNames()) {
                PDXObject x = recursos.getXObject(nombre);
                if (x instanceof PDImageXObject imagen
                        && (long) imagen.getWidth() * imagen.getHeight() > pixelesMaximos) {
                    throw new FallaOcr("La página contiene una imagen de más de " + pixelesMaximos / 1_000_000
                            + " megapíxeles", true);
                }
                if (x instanceof PDFormXObject forma) {
                    acotarImagenes(forma.getResources(), profundidad + 1);
                }
            }
        }

        @Override
        public void close() {
            try {
                documento.close();
            } catch (IOException ignorada) {
                // in memory: nothing to release
            }
        }
    }

    /** A TIFF (one image per page), PNG or JPEG: each page measured from its header, then decoded. */
    static final class Imagen extends PaginasFuente {

        private final ImageInputStream entrada;
        private final ImageReader lector;
        private final int paginas;
        private final long pixelesMaximos;

        Imagen(byte[] contenido, int paginasMaximas, long pixelesMaximos) throws FallaOcr {
            this.pixelesMaximos = pixelesMaximos;
            entrada = new MemoryCacheImageInputStream(new ByteArrayInputStream(contenido));
            Iterator<ImageReader> lectores = ImageIO.getImageReaders(entrada);
            if (!lectores.hasNext()) {
                throw new FallaOcr("La imagen está dañada o no es de un tipo legible", true);
            }
            lector = lectores.next();
            lector.setInput(entrada, false, true);
            int n = 0;
            try {
                while (n <= paginasMaximas) {
                    try {
                        lector.getWidth(n);
                    } catch (IndexOutOfBoundsException fin) {
                        break;
                    }
                    n++;
                }
            } catch (IOException | RuntimeException e) {
                close();
                throw new FallaOcr("La imagen está dañada y no se puede leer", true, e);
            }
            if (n == 0 || n > paginasMaximas) {
                close();
                throw new FallaOcr(n == 0 ? "La imagen no tiene páginas" : "La imagen tiene más de " + paginasMaximas
                        + " páginas", true);
            }
            paginas = n;
        }

        @Override
        public int paginas() {
            return paginas;
        }

        @Override
        public Pagina pagina(int numero) throws FallaOcr {
            try {
                if ((long) lector.getWidth(numero) * lector.getHeight(numero) > pixelesMaximos) {
                    throw new FallaOcr("La página " + (numero + 1) + " tiene más de " + pixelesMaximos / 1_000_000
                            + " megapíxeles", true);
                }
                return new Pagina(null, enGris(lector.read(numero)), DPI_ESCANER);
            } catch (IOException | RuntimeException e) {
                throw new FallaOcr("No se pudo leer la página " + (numero + 1) + " de la imagen", true, e);
            }
        }

        @Override
        public Pagina imagen(int numero, int dpi) throws FallaOcr {
            return pagina(numero);
        }

        @Override
        public void close() {
            lector.dispose();
            try {
                entrada.close();
            } catch (IOException ignorada) {
                // in memory
            }
        }
    }
}
