package mx.gob.imss.siade.peticion;

/** Why a petición was concluded. */
public enum MotivoConclusion {
    /** A conclusive answer was accepted (act. 84-86, 122). */
    ATENDIDA,
    /** Orientación given from the normative documents (act. 116). */
    ORIENTACION_BRINDADA,
    /** Missing data not received in time (act. 28, 78, 112). */
    FALTA_INFORMACION,
    /** Persona usuaria not reachable (act. 19 note). */
    DESINTERES,
    /** Notified to OIC or SNTSS, which are not followed up (act. 123). */
    NOTIFICADA_SIN_SEGUIMIENTO,
    /** A new letter on a concluded case: the earlier answer is ratified (5.14). */
    RATIFICADA
}
