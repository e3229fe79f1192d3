package mx.gob.imss.siade.peticion;

import mx.gob.imss.siade.infra.ReglaNegocioException;

/** A folio typed with the wrong shape or a wrong check digit. */
public class FolioInvalidoException extends ReglaNegocioException {

    private static final long serialVersionUID = 1L;

    public FolioInvalidoException(String capturado) {
        super("error.folio.invalido", String.valueOf(capturado));
    }
}
