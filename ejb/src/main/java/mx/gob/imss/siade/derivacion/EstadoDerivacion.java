package mx.gob.imss.siade.derivacion;

public enum EstadoDerivacion {
    /** Waiting for the instancia's answer. */
    PENDIENTE,
    /** Answered; under verification. */
    RESPONDIDA,
    /** Conclusive answer accepted. */
    ACEPTADA,
    /** Answer not conclusive: sent back, a new derivación follows (act. 121). */
    RECHAZADA,
    /** OIC / SNTSS: notified, no follow-up (act. 123). */
    NOTIFICADA
}
