package mx.gob.imss.siade.correspondencia;

import mx.gob.imss.siade.infra.ReglaNegocioException;

/** A reception step that does not apply: no digitised file, or the chosen antecedent is not in the right state. */
public class RecepcionRechazadaException extends ReglaNegocioException {

    private static final long serialVersionUID = 1L;

    private RecepcionRechazadaException(String clave, Object... argumentos) {
        super(clave, argumentos);
    }

    static RecepcionRechazadaException sinArchivos() {
        return new RecepcionRechazadaException("error.recepcion.sinArchivos");
    }

    static RecepcionRechazadaException hayPendiente(String folio) {
        return new RecepcionRechazadaException("error.recepcion.hayPendiente", folio);
    }

    static RecepcionRechazadaException noPendiente(String folio) {
        return new RecepcionRechazadaException("error.recepcion.noPendiente", folio);
    }

    static RecepcionRechazadaException noConcluida(String folio) {
        return new RecepcionRechazadaException("error.recepcion.noConcluida", folio);
    }
}
