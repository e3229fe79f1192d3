package mx.gob.imss.siade.notificaciones;

public enum EstadoCorreo {
    /** Written with the business change; waiting to be delivered (or for an SMTP server). */
    PENDIENTE,
    ENVIADO,
    /** Gave up after the maximum number of attempts; staff see it in the outbox view. */
    FALLIDO
}
