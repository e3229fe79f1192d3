package mx.gob.imss.siade.oficios;

public enum EstadoOficio {
    BORRADOR,
    EN_RUBRICA,
    FIRMADO,
    ENVIADO,
    RECIBIDO,
    CANCELADO
}
