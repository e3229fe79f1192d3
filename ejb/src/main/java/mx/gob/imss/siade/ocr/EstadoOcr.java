package mx.gob.imss.siade.ocr;

/** Where the OCR of a document stands. */
public enum EstadoOcr {
    /** Waiting for a worker (or for its next attempt). */
    PENDIENTE,
    /** A worker of some node holds it under a lease. */
    EN_PROCESO,
    /** Every page has its text, or its recorded failure. */
    TERMINADO,
    /** The document itself could not be read, or its job was interrupted too many times. */
    FALLIDO
}
