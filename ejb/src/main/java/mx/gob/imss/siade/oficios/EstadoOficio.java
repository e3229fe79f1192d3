package mx.gob.imss.siade.oficios;

/** Where an oficio stands: drafted, in rúbrica, waiting for its signature, signed, sent (5.71). */
public enum EstadoOficio {
    BORRADOR,
    EN_RUBRICA,
    /** Every rúbrica given: it waits in the signer's portafirmas. */
    POR_FIRMAR,
    FIRMADO,
    ENVIADO,
    RECIBIDO,
    CANCELADO
}
