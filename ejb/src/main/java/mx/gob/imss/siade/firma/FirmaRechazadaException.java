package mx.gob.imss.siade.firma;

import mx.gob.imss.siade.infra.ReglaNegocioException;

/** A signature refused before anything changed: the credential, the certificate or the oficio. */
public class FirmaRechazadaException extends ReglaNegocioException {

    private static final long serialVersionUID = 1L;

    FirmaRechazadaException(String clave, Object... argumentos) {
        super(clave, argumentos);
    }
}
