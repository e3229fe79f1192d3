package mx.gob.imss.siade.datoscomplementarios;

public enum EstadoSolicitud {
    PENDIENTE,
    ATENDIDA,
    VENCIDA
}
