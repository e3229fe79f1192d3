package mx.gob.imss.siade.oficios;

public enum EstadoRubrica {
    PENDIENTE,
    RUBRICADA,
    RECHAZADA
}
