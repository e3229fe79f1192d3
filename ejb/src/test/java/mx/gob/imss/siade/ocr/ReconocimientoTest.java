package mx.gob.imss.siade.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The OCR of a page with the real Tesseract (Debian {@code tesseract-ocr-spa}, installed by .ci/run), the
 * pages as OCR takes them from PDFs and images, and the bounds that keep hostile files from being decoded.
 */
class ReconocimientoTest {

    private static final long PIXELES = 50_000_000L;

    static BufferedImage pagina(String... lineas) {
        BufferedImage imagen = new BufferedImage(2480, 200 + 90 * lineas.length, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = imagen.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, imagen.getWidth(), imagen.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 50));
        for (int i = 0; i < lineas.length; i++) {
            g.drawString(lineas[i], 150, 150 + 90 * i);
        }
        g.dispose();
        return imagen;
    }

    private static ReconocedorTexto tesseract() {
        ReconocedorTexto r = new ReconocedorTexto();
        r.comando = "tesseract";
        r.idioma = "spa";
        r.segundosPorPagina = 60;
        return r;
    }

    @Test
    @DisplayName("Tesseract reconoce una carta en español (acentos y ñ) y entrega la página como PDF con texto")
    void reconoceUnaCartaEnEspanol() throws Exception {
        ReconocedorTexto r = tesseract();
        assertTrue(r.disponible(), "tesseract con el idioma spa (apt-get install tesseract-ocr tesseract-ocr-spa)");
        ReconocedorTexto.PaginaReconocida p = r.reconocer(pagina("Solicito la atención de mi petición sobre la",
                "pensión de viudez de la señora María Peña Núñez."), 300);
        assertTrue(p.texto().contains("pensión de viudez"), p.texto());
        assertTrue(p.texto().contains("Peña Núñez"), p.texto());
        try (PDDocument d = Loader.loadPDF(p.pdf())) {
            assertEquals(1, d.getNumberOfPages());
            assertEquals(2480 * 72 / 300f, d.getPage(0).getMediaBox().getWidth(), 1f, "el tamaño de hoja sigue los dpi");
        }
        ReconocedorTexto.PaginaReconocida otra = r.reconocer(pagina("Segunda hoja: anexo con la constancia."), 300);
        byte[] buscable = PdfBuscable.armar(List.of(p.pdf(), otra.pdf()), null).orElseThrow();
        try (PDDocument d = Loader.loadPDF(buscable)) {
            assertEquals(2, d.getNumberOfPages());
            PDFTextStripper lector = new PDFTextStripper();
            lector.setStartPage(2);
            assertTrue(lector.getText(d).contains("constancia"), "el texto invisible sigue en el PDF armado");
        }
        assertTrue(PdfBuscable.armar(Arrays.asList(p.pdf(), null), null).isEmpty(),
                "sin imagen de cada hoja no se arma un PDF incompleto");
    }

    @Test
    @DisplayName("Sin Tesseract el OCR espera; instalado después, se encuentra sin reiniciar")
    void tesseractInstaladoDespues() {
        ReconocedorTexto r = tesseract();
        r.comando = "/nonexistent/tesseract";
        assertTrue(!r.disponible(), "no está");
        r.comando = "tesseract";
        assertTrue(!r.disponible(), "no se vuelve a buscar antes de tiempo");
        r.volverABuscar = java.time.Duration.ZERO;
        assertTrue(r.disponible(), "vencida la espera, se encuentra");
    }

    @Test
    @DisplayName("Las páginas de un PDF con texto propio no pasan por OCR; las escaneadas se dibujan en gris a 300 dpi")
    void paginasDeUnPdf() throws Exception {
        byte[] pdf;
        try (PDDocument d = new PDDocument(); ByteArrayOutputStream salida = new ByteArrayOutputStream()) {
            PDPage conTexto = new PDPage();
            d.addPage(conTexto);
            try (PDPageContentStream c = new PDPageContentStream(d, conTexto)) {
                c.beginText();
                c.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                c.newLineAtOffset(72, 700);
                c.showText("Oficio generado por el sistema con su propio texto, sin necesidad de OCR alguno.");
                c.endText();
            }
            PDPage escaneada = new PDPage();
            d.addPage(escaneada);
            PDImageXObject imagen = PDImageXObject.createFromByteArray(d, png(pagina("Hoja escaneada")), "hoja.png");
            try (PDPageContentStream c = new PDPageContentStream(d, escaneada)) {
                c.drawImage(imagen, 0, 0, 612, 792);
            }
            d.save(salida);
            pdf = salida.toByteArray();
        }
        try (PaginasFuente f = PaginasFuente.de(pdf, "application/pdf", 300, PIXELES)) {
            assertEquals(2, f.paginas());
            PaginasFuente.Pagina primera = f.pagina(0);
            assertTrue(primera.nativa() && primera.textoNativo().contains("propio texto"), "texto propio del PDF");
            PaginasFuente.Pagina segunda = f.pagina(1);
            assertTrue(!segunda.nativa() && segunda.dpi() == 300);
            assertEquals(BufferedImage.TYPE_BYTE_GRAY, segunda.imagen().getType());
            assertEquals(2550, segunda.imagen().getWidth(), "carta (8.5 in) a 300 dpi");
        }
        try (PaginasFuente f = PaginasFuente.de(pdf, "application/pdf", 300, 1_000_000L)) {
            assertTrue(f.pagina(1).dpi() < 300, "con un límite de píxeles menor se dibuja a menos dpi, nunca más píxeles");
        }
    }

    @Test
    @DisplayName("Archivos hostiles: una imagen que declara mil millones de píxeles, un PDF cuya imagen los declara, un "
            + "PDF dañado; ninguno se decodifica y cada uno deja su motivo")
    void archivosHostiles() throws Exception {
        byte[] bomba = pngQueDeclara(40_000, 40_000);
        try (PaginasFuente f = PaginasFuente.de(bomba, "image/png", 300, PIXELES)) {
            FallaOcr falla = assertThrows(FallaOcr.class, () -> f.pagina(0));
            assertTrue(falla.definitiva() && falla.getMessage().contains("megapíxeles"), falla.getMessage());
        }
        byte[] pdf;
        try (PDDocument d = new PDDocument(); ByteArrayOutputStream salida = new ByteArrayOutputStream()) {
            PDPage pagina = new PDPage();
            d.addPage(pagina);
            PDImageXObject enorme = new PDImageXObject(new PDStream(d, new java.io.ByteArrayInputStream(new byte[16])),
                    null);
            enorme.setWidth(100_000);
            enorme.setHeight(100_000);
            enorme.setBitsPerComponent(8);
            enorme.getCOSObject().setItem(COSName.COLORSPACE, COSName.DEVICEGRAY);
            try (PDPageContentStream c = new PDPageContentStream(d, pagina)) {
                c.drawImage(enorme, 0, 0, 612, 792);
            }
            d.save(salida);
            pdf = salida.toByteArray();
        }
        try (PaginasFuente f = PaginasFuente.de(pdf, "application/pdf", 300, PIXELES)) {
            FallaOcr falla = assertThrows(FallaOcr.class, () -> f.pagina(0));
            assertTrue(falla.definitiva() && falla.getMessage().contains("megapíxeles"), falla.getMessage());
        }
        FallaOcr danado = assertThrows(FallaOcr.class, () -> PaginasFuente.de("%PDF-1.7 basura".getBytes(),
                "application/pdf", 300, PIXELES));
        assertTrue(danado.definitiva(), danado.getMessage());
        assertThrows(FallaOcr.class, () -> PaginasFuente.de(new byte[] {1, 2, 3}, "image/tiff", 300, PIXELES));
    }

    private static byte[] png(BufferedImage imagen) throws Exception {
        ByteArrayOutputStream salida = new ByteArrayOutputStream();
        ImageIO.write(imagen, "png", salida);
        return salida.toByteArray();
    }

    /** A PNG whose header declares {@code ancho} × {@code alto} pixels and whose data is a few bytes. */
    static byte[] pngQueDeclara(int ancho, int alto) {
        ByteBuffer b = ByteBuffer.allocate(8 + 25 + 12 + 12);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes()).putInt(ancho).putInt(alto)
                .put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        b.putInt(13).put(ihdr.array()).putInt(crc(ihdr.array()));
        byte[] idat = "IDAT".getBytes();
        b.putInt(0).put(idat).putInt(crc(idat));
        byte[] iend = "IEND".getBytes();
        b.putInt(0).put(iend).putInt(crc(iend));
        return b.array();
    }

    private static int crc(byte[] datos) {
        CRC32 c = new CRC32();
        c.update(datos);
        return (int) c.getValue();
    }
}
