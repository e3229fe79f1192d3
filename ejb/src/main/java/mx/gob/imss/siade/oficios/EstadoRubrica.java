package mx.gob.imss.siade.oficios;

public enum EstadoRubrica {
    PENDIENTE,
    RUBRICADA,
    /** Sent back with an observación: the oficio returned to BORRADOR. */
    RECHAZADA,
    /** Not reached: an earlier reviewer of the same round sent the oficio back. */
    OMITIDA
}
