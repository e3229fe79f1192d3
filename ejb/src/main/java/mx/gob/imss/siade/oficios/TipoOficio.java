package mx.gob.imss.siade.oficios;

public enum TipoOficio {
    /** Oficio de conclusión (Anexo 37). */
    CONCLUSION,
    /** Request of missing data by post (Anexo 39). */
    SOLICITUD_DATOS,
    /** Oficio de notificación to the persona usuaria (Anexo 44). */
    NOTIFICACION,
    DERIVACION,
    RESPUESTA,
    /** An oficio received from another office, digitised and registered (5.72). */
    RECIBIDO
}
