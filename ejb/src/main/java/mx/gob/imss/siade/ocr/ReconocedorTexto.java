package mx.gob.imss.siade.ocr;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tesseract, run as its own process for each page: the page goes in as an 8-bit grey PNG on its
 * standard input and comes out as a one-page searchable PDF (the image with an invisible text layer)
 * on its standard output; the text is read back from that PDF. Nothing touches the disk (a scan is
 * full of personal data), a page that takes longer than {@code siade.ocr.segundos-por-pagina} is
 * killed, and a crash of Tesseract on a hostile page is that process's, never the server's.
 * {@code OMP_THREAD_LIMIT=1}: one Tesseract per worker thread is faster than threads inside it.
 */
@ApplicationScoped
public class ReconocedorTexto {

    private static final Logger LOG = Logger.getLogger(ReconocedorTexto.class.getName());
    /** A one-page PDF larger than this is not a page Tesseract made from our image. */
    private static final int PDF_MAXIMO = 64 * 1024 * 1024;

    @Inject
    @ConfigProperty(name = "siade.ocr.comando", defaultValue = "tesseract")
    String comando;

    @Inject
    @ConfigProperty(name = "siade.ocr.idioma", defaultValue = "spa")
    String idioma;

    @Inject
    @ConfigProperty(name = "siade.ocr.segundos-por-pagina", defaultValue = "120")
    int segundosPorPagina;

    /** Once found missing, Tesseract is looked for again after this long (installed later: no restart needed). */
    java.time.Duration volverABuscar = java.time.Duration.ofMinutes(5);

    private volatile Boolean disponible;
    private volatile long comprobadoEn;

    /** A page recognised: its text and the page as searchable PDF. */
    public record PaginaReconocida(String texto, byte[] pdf) {
    }

    /**
     * Whether Tesseract with the configured language answers here: checked once when found, again every
     * {@link #volverABuscar} while missing.
     */
    public boolean disponible() {
        Boolean d = disponible;
        if (d == null || !d && System.nanoTime() - comprobadoEn >= volverABuscar.toNanos()) {
            d = comprobar();
            comprobadoEn = System.nanoTime();
            disponible = d;
        }
        return d;
    }

    private boolean comprobar() {
        try {
            Process p = new ProcessBuilder(comando, "--list-langs").redirectErrorStream(true).start();
            String salida;
            try (InputStream in = p.getInputStream()) {
                salida = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            boolean tiene = salida.lines().map(String::trim).anyMatch(idioma::equals);
            if (!tiene) {
                LOG.warning("Tesseract no tiene el idioma " + idioma + " (Debian: tesseract-ocr-spa); el OCR queda en espera");
            }
            return tiene;
        } catch (IOException e) {
            LOG.warning("No se encontró Tesseract (" + comando + "; Debian: tesseract-ocr tesseract-ocr-spa);"
                    + " el OCR queda en espera: " + e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Recognises one page; {@code dpi} is the resolution the image was made at (sets the PDF page size). */
    public PaginaReconocida reconocer(BufferedImage pagina, int dpi) throws FallaOcr {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(pagina, "png", png);
        } catch (IOException e) {
            throw new FallaOcr("No se pudo preparar la imagen de la página", false, e);
        }
        byte[] pdf = ejecutar(png.toByteArray(), dpi);
        try (PDDocument documento = Loader.loadPDF(pdf)) {
            PDFTextStripper lector = new PDFTextStripper();
            lector.setSortByPosition(true);
            return new PaginaReconocida(lector.getText(documento).strip(), pdf);
        } catch (IOException e) {
            throw new FallaOcr("Tesseract no entregó un PDF legible", false, e);
        }
    }

    private byte[] ejecutar(byte[] png, int dpi) throws FallaOcr {
        ProcessBuilder pb = new ProcessBuilder(List.of(comando, "stdin", "stdout", "-l", idioma, "--dpi",
                String.valueOf(dpi), "pdf"))
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        Process proceso;
        try {
            proceso = pb.start();
        } catch (IOException e) {
            disponible = Boolean.FALSE;
            comprobadoEn = System.nanoTime();
            throw new FallaOcr("No se pudo ejecutar Tesseract", false, e);
        }
        ByteArrayOutputStream salida = new ByteArrayOutputStream();
        Thread escritor = hilo("ocr-entrada", () -> {
            try (OutputStream o = proceso.getOutputStream()) {
                o.write(png);
            } catch (IOException terminoAntes) {
                // Tesseract closed its input (it failed): its exit code says so.
            }
        });
        Thread lector = hilo("ocr-salida", () -> {
            try (InputStream in = proceso.getInputStream()) {
                byte[] bloque = new byte[64 * 1024];
                for (int n = in.read(bloque); n >= 0; n = in.read(bloque)) {
                    if (salida.size() + n > PDF_MAXIMO) {
                        proceso.destroyForcibly();
                        return;
                    }
                    salida.write(bloque, 0, n);
                }
            } catch (IOException cerrado) {
                // the process was killed
            }
        });
        try {
            if (!proceso.waitFor(segundosPorPagina, TimeUnit.SECONDS)) {
                proceso.destroyForcibly();
                throw new FallaOcr("La página tardó más de " + segundosPorPagina + " s en reconocerse", false);
            }
            escritor.join(TimeUnit.SECONDS.toMillis(10));
            lector.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            proceso.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new FallaOcr("Se interrumpió el reconocimiento de la página", false, e);
        }
        if (proceso.exitValue() != 0 || salida.size() == 0) {
            throw new FallaOcr("Tesseract terminó con código " + proceso.exitValue(), false);
        }
        synchronized (salida) {
            return salida.toByteArray();
        }
    }

    private static Thread hilo(String nombre, Runnable tarea) {
        Thread t = new Thread(tarea, nombre);
        t.setDaemon(true);
        t.start();
        return t;
    }
}
