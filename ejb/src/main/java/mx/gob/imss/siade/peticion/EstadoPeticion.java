package mx.gob.imss.siade.peticion;

import java.util.Arrays;
import java.util.List;

/** Where a petición is in its life; the allowed moves are in {@link TransicionPeticion}. */
public enum EstadoPeticion {
    /** Registered with a folio, not yet classified. */
    REGISTRADA,
    /** Waiting for datos complementarios from the persona usuaria, with a deadline. */
    DATOS_SOLICITADOS,
    /** Classified; the supervisor reviews it before routing or answers it (orientación). */
    EN_ANALISIS,
    /** Turned to the responsible instancia; waiting for its answer. */
    DERIVADA,
    /** The instancia answered; the supervisor verifies the answer is conclusive. */
    RESPUESTA_RECIBIDA,
    /** Closed, with a motivo de conclusión. */
    CONCLUIDA,
    /** A registration made by mistake, annulled by the jefe de área; the folio stays, never reused. */
    ANULADA;

    public boolean esPendiente() {
        return this != CONCLUIDA && this != ANULADA;
    }

    /** Every state of a petición still open, for queries ("estado IN :pendientes"). */
    public static List<EstadoPeticion> pendientes() {
        return Arrays.stream(values()).filter(EstadoPeticion::esPendiente).toList();
    }
}
