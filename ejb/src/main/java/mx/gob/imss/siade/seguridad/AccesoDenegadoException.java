package mx.gob.imss.siade.seguridad;

import mx.gob.imss.siade.infra.ReglaNegocioException;

/** The access policy does not let this user see or act on this case. */
public class AccesoDenegadoException extends ReglaNegocioException {

    private static final long serialVersionUID = 1L;

    public AccesoDenegadoException(String folio) {
        super("error.acceso.caso", folio);
    }
}
