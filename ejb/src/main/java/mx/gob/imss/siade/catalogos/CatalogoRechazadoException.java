package mx.gob.imss.siade.catalogos;

import mx.gob.imss.siade.infra.ReglaNegocioException;

/** A catalogue change the rules refuse (duplicate code, bad email, missing office). */
public class CatalogoRechazadoException extends ReglaNegocioException {

    private static final long serialVersionUID = 1L;

    public CatalogoRechazadoException(String clave, Object... argumentos) {
        super(clave, argumentos);
    }
}
