package mx.gob.imss.siade.gestion;

/** How a first-contact call ended (act. 25–27). */
public enum ResultadoLlamada {
    /** The persona usuaria answered: folio and status address given. */
    LOCALIZADA,
    NO_CONTESTA,
    BUZON,
    NUMERO_EQUIVOCADO,
    FUERA_DE_SERVICIO
}
