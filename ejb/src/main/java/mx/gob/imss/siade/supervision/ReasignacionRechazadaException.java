package mx.gob.imss.siade.supervision;

import mx.gob.imss.siade.infra.ReglaNegocioException;

/** A supervision request refused as a whole (no cases, no reason, too many, an annulment not allowed). */
public class ReasignacionRechazadaException extends ReglaNegocioException {

    private static final long serialVersionUID = 1L;

    public ReasignacionRechazadaException(String clave, Object... argumentos) {
        super(clave, argumentos);
    }
}
