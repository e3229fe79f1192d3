package mx.gob.imss.siade.peticion;

import mx.gob.imss.siade.infra.ReglaNegocioException;

/** Someone else changed the petición after the user opened it; the user must reload it. */
public class PeticionModificadaException extends ReglaNegocioException {

    private static final long serialVersionUID = 1L;

    public PeticionModificadaException(String folio) {
        super("error.peticion.modificada", folio);
    }
}
