package mx.gob.imss.siade.gestion;

import mx.gob.imss.siade.infra.ReglaNegocioException;

/** A Gestión action the rules refuse (escalation, conclusion, survey, chains): one message key each. */
public class GestionRechazadaException extends ReglaNegocioException {

    private static final long serialVersionUID = 1L;

    GestionRechazadaException(String clave, Object... argumentos) {
        super(clave, argumentos);
    }
}
