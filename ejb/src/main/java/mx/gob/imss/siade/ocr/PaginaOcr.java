package mx.gob.imss.siade.ocr;

import java.io.Serializable;

/** The text of one page of a document of a case, for the index and for the search's fragments. */
public record PaginaOcr(long documentoId, String nombreArchivo, int numero, String texto) implements Serializable {
}
