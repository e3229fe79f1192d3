package mx.gob.imss.siade.digitalizacion;

/** What became of a file taken from the digitisation folder. */
public enum EstadoEscaneo {
    /** Filed under the folio of the QR on its first page. */
    ADJUNTADO,
    /** Waiting in the tray for Correspondencia. */
    POR_CLASIFICAR,
    /** Filed from the tray by a person. */
    CLASIFICADO,
    /** Discarded from the tray by a person, with a reason (kept for the record). */
    DESCARTADO,
    /** Not a scan the application accepts (type, size, damaged): the file stays in {@code rechazados/}. */
    RECHAZADO
}
