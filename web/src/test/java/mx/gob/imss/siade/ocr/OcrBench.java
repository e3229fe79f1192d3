package mx.gob.imss.siade.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import mx.gob.imss.siade.correspondencia.Recepcion;
import mx.gob.imss.siade.correspondencia.RecepcionService;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.personas.DatosPersonales;
import mx.gob.imss.siade.personas.Nss;
import mx.gob.imss.siade.personas.TipoPersonaUsuaria;
import mx.gob.imss.siade.peticion.MedioCaptacion;
import mx.gob.imss.siade.pruebas.ArchivosDePrueba;
import mx.gob.imss.siade.pruebas.ComoCorrespondencia;
import mx.gob.imss.siade.pruebas.DatosDePrueba;
import mx.gob.imss.siade.pruebas.Despliegue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark of OCR throughput: the same letter pages (A4 at 300 dpi, 30 lines of Spanish) through the
 * application's queue — filed as scans, then one worker per core taking jobs as the background workers
 * do (read from the database, decode, Tesseract, page text and searchable PDF stored, bitácora and index
 * task) — beside the raw {@code tesseract page.png out -l spa pdf} command on the same pages with as many
 * processes at once as cores. Run by {@code bench/ocr.sh}, never by the test suite.
 */
@ExtendWith(ArquillianExtension.class)
class OcrBench {

    private static final int PAGINAS = Integer.getInteger("bench.paginas", 40);
    private static final String[] PALABRAS = ("pensión viudez incapacidad pago retraso clínica consulta medicamento "
            + "receta cita especialista urgencias hospital derechohabiente afiliación patrón cuotas guardería subsidio "
            + "maternidad invalidez orfandad aguinaldo expediente trámite solicitud queja trato médico enfermera farmacia "
            + "laboratorio análisis lentes prótesis traslado reembolso comprobante constancia semanas cotizadas "
            + "jubilación vivienda unidad familiar delegación ventanilla atención respuesta documentación").split(" ");

    @Deployment
    static WebArchive despliegue() {
        return Despliegue.conEjecutoresDeRol();
    }

    @EJB
    private RecepcionService recepcion;

    @EJB
    private ComoCorrespondencia comoCorrespondencia;

    @Inject
    private TrabajadorOcr trabajador;

    @EJB
    private ColaOcr cola;

    @Test
    void medir() throws Exception {
        int nucleos = Runtime.getRuntime().availableProcessors();
        Random azar = new Random(5);
        List<BufferedImage> paginas = new ArrayList<>();
        for (int i = 0; i < PAGINAS; i++) {
            paginas.add(pagina(azar, i));
        }
        trabajador.trabajarMientrasHaya(); // the demo's own scans first: the queue holds only these pages
        archivar(paginas.subList(0, 2), "calentamiento");
        trabajador.trabajarMientrasHaya();

        // Raw Tesseract: the same pages as PNG files, as many processes at once as cores.
        Path carpeta = Files.createTempDirectory("ocr-bench");
        List<Path> pngs = new ArrayList<>();
        for (int i = 0; i < PAGINAS; i++) {
            Path png = carpeta.resolve("pagina-" + i + ".png");
            ImageIO.write(paginas.get(i), "png", png.toFile());
            pngs.add(png);
        }
        ExecutorService hilos = Executors.newFixedThreadPool(nucleos);
        long t0 = System.nanoTime();
        List<Future<Integer>> crudos = new ArrayList<>();
        for (Path png : pngs) {
            crudos.add(hilos.submit(() -> {
                ProcessBuilder pb = new ProcessBuilder("tesseract", png.toString(), png.toString().replace(".png", ""),
                        "-l", "spa", "--dpi", "300", "pdf").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
                pb.environment().put("OMP_THREAD_LIMIT", "1");
                return pb.start().waitFor();
            }));
        }
        for (Future<Integer> f : crudos) {
            assertEquals(0, f.get());
        }
        double crudo = (System.nanoTime() - t0) / 1e9;

        // Through the queue: filed as scans, then one worker per core until the queue is empty.
        archivar(paginas, "medición");
        long t1 = System.nanoTime();
        List<Future<Integer>> trabajadores = new ArrayList<>();
        for (int i = 0; i < nucleos; i++) {
            trabajadores.add(hilos.submit(trabajador::trabajarMientrasHaya));
        }
        int hechos = 0;
        for (Future<Integer> f : trabajadores) {
            hechos += f.get();
        }
        double cola = (System.nanoTime() - t1) / 1e9;
        hilos.shutdown();
        hilos.awaitTermination(1, TimeUnit.MINUTES);
        assertEquals(PAGINAS, hechos, "cada página, una vez");

        double porMinutoCrudo = PAGINAS / crudo * 60;
        double porMinutoCola = PAGINAS / cola * 60;
        String md = String.format(Locale.ROOT, "OCR de %d páginas A4 a 300 dpi (30 renglones en español cada una), %d núcleos, "
                        + "%d procesos de Tesseract a la vez en ambos caminos (OMP_THREAD_LIMIT=1).%n%n"
                        + "| camino | segundos | páginas/min | respecto del crudo |%n|---|---:|---:|---:|%n"
                        + "| `tesseract pagina.png salida -l spa pdf` | %.1f | %.1f | 100%% |%n"
                        + "| cola de OCR de la aplicación (base, Tesseract, texto, PDF con texto, bitácora, índice) | %.1f | %.1f | %.0f%% |%n",
                PAGINAS, nucleos, nucleos, crudo, porMinutoCrudo, cola, porMinutoCola, 100 * porMinutoCola / porMinutoCrudo);
        System.out.println(md);
        Files.writeString(Path.of(System.getProperty("bench.salida", "target/bench-ocr.md")), md);
    }

    /** Files each page as its own scan (a TIFF from the scanner) under one new case. */
    private void archivar(List<BufferedImage> paginas, String asunto) throws Exception {
        List<mx.gob.imss.siade.documentos.ContenidoArchivo> archivos = new ArrayList<>();
        for (int i = 0; i < paginas.size(); i++) {
            archivos.add(ArchivosDePrueba.enMemoria(asunto + "-" + i + ".tif",
                    ArchivosDePrueba.tiffComprimido(List.of(paginas.get(i)))));
        }
        Recepcion carta = new Recepcion(TipoPersonaUsuaria.DERECHOHABIENTE, "Persona del banco " + asunto + " " + System.nanoTime(),
                new DatosPersonales(Nss.de(DatosDePrueba.nssNuevo()), null, null, "5512345678", null, null),
                MedioCaptacion.CORREO_POSTAL, OffsetDateTime.now(Tiempo.ZONA_MEXICO).minusHours(1), "OCR " + asunto,
                "Banco de pruebas de OCR", 15L, null);
        String folio = comoCorrespondencia.ejecutar(() -> recepcion.registrar(carta,
                archivos.subList(0, Math.min(archivos.size(), 10)))).folio();
        for (int desde = 10; desde < archivos.size(); desde += 10) {
            List<mx.gob.imss.siade.documentos.ContenidoArchivo> lote = archivos.subList(desde,
                    Math.min(archivos.size(), desde + 10));
            comoCorrespondencia.ejecutar(() -> {
                recepcion.agregarAPendiente(folio, "Más hojas del banco de pruebas", lote);
                return null;
            });
        }
    }

    private static BufferedImage pagina(Random azar, int numero) {
        BufferedImage imagen = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = imagen.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, imagen.getWidth(), imagen.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 46));
        g.drawString("Hoja " + (numero + 1) + " — Ciudad de México, a 3 de marzo de 2026", 200, 250);
        for (int renglon = 0; renglon < 30; renglon++) {
            StringBuilder texto = new StringBuilder();
            for (int w = 0; w < 9; w++) {
                texto.append(PALABRAS[azar.nextInt(PALABRAS.length)]).append(' ');
            }
            g.drawString(texto.toString().trim(), 200, 400 + renglon * 95);
        }
        g.dispose();
        return imagen;
    }
}
