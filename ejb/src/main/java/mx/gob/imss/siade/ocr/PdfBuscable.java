package mx.gob.imss.siade.ocr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Puts the searchable PDF of a document together: each recognised page as Tesseract made it (the
 * scan's image with its invisible text), each page of a PDF original that needed no OCR as it was.
 * Made only when some page was recognised and every page has something to show; the original stays
 * as it is.
 */
final class PdfBuscable {

    private PdfBuscable() {
    }

    /**
     * @param paginas  the page PDFs in order (null where the page was not recognised)
     * @param original the original when it is a PDF (its pages fill those gaps), else null
     */
    static Optional<byte[]> armar(List<byte[]> paginas, byte[] original) throws IOException {
        if (paginas.stream().allMatch(p -> p == null) || (original == null && paginas.stream().anyMatch(p -> p == null))) {
            return Optional.empty();
        }
        List<PDDocument> abiertos = new ArrayList<>();
        try (PDDocument salida = new PDDocument()) {
            PDDocument fuente = original == null ? null : abrir(original, abiertos);
            for (int i = 0; i < paginas.size(); i++) {
                byte[] pagina = paginas.get(i);
                if (pagina != null) {
                    salida.importPage(abrir(pagina, abiertos).getPage(0));
                } else {
                    salida.importPage(fuente.getPage(i));
                }
            }
            salida.getDocumentInformation().setProducer("SIADE (OCR Tesseract)");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            salida.save(bytes);
            return Optional.of(bytes.toByteArray());
        } finally {
            for (PDDocument d : abiertos) {
                d.close();
            }
        }
    }

    private static PDDocument abrir(byte[] pdf, List<PDDocument> abiertos) throws IOException {
        PDDocument d = Loader.loadPDF(pdf);
        abiertos.add(d);
        return d;
    }
}
