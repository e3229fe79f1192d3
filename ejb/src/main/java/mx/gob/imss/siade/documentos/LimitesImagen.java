package mx.gob.imss.siade.documentos;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Bounds on an uploaded image before anything decodes it: a 1.5 MB TIFF can declare a page of
 * billions of pixels (a decompression bomb) or 20,000 pages. Only the headers are read here (the
 * width and height of each page), never the pixels.
 */
public final class LimitesImagen {

    private LimitesImagen() {
    }

    /** Pages and largest page of an image, read from its headers; stops counting past {@code maximoPaginas}. */
    public record Dimensiones(int paginas, long pixelesMayorPagina) {
    }

    /** Throws IOException for an image whose headers cannot be read (damaged or crafted). */
    public static Dimensiones medir(ContenidoArchivo archivo, int maximoPaginas) throws IOException {
        try (InputStream in = archivo.abrir(); ImageInputStream entrada = ImageIO.createImageInputStream(in)) {
            Iterator<ImageReader> lectores = entrada == null ? null : ImageIO.getImageReaders(entrada);
            if (lectores == null || !lectores.hasNext()) {
                return new Dimensiones(0, 0);
            }
            ImageReader lector = lectores.next();
            try {
                lector.setInput(entrada, false, true);
                int paginas = 0;
                long mayor = 0;
                while (paginas <= maximoPaginas) {
                    long pixeles;
                    try {
                        pixeles = (long) lector.getWidth(paginas) * lector.getHeight(paginas);
                    } catch (IndexOutOfBoundsException fin) {
                        break;
                    }
                    mayor = Math.max(mayor, pixeles);
                    paginas++;
                }
                return new Dimensiones(paginas, mayor);
            } finally {
                lector.dispose();
            }
        }
    }
}
