package mx.gob.imss.siade.ocr;

/** A job as a worker took it: the document, its case, how to read it, and how many times it was taken. */
public record TrabajoOcr(long documentoId, long peticionId, String tipoMedio, String nombreArchivo, int intentos) {
}
