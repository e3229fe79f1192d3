package mx.gob.imss.siade.peticion;

import mx.gob.imss.siade.infra.ReglaNegocioException;

public class PeticionNoEncontradaException extends ReglaNegocioException {

    private static final long serialVersionUID = 1L;

    public PeticionNoEncontradaException(String folio) {
        super("error.peticion.noEncontrada", folio);
    }
}
