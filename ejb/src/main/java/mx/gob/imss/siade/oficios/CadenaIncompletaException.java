package mx.gob.imss.siade.oficios;

import mx.gob.imss.siade.infra.ReglaNegocioException;

/** Nobody active holds a role the oficio's chain of rúbricas and signature needs. */
public class CadenaIncompletaException extends ReglaNegocioException {

    private static final long serialVersionUID = 1L;

    public CadenaIncompletaException(String clave, Object... argumentos) {
        super(clave, argumentos);
    }
}
