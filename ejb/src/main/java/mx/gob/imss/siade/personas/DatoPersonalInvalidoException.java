package mx.gob.imss.siade.personas;

import mx.gob.imss.siade.infra.ReglaNegocioException;

/** An NSS, CURP or RFC that fails its format or its check digit; it is never stored. */
public class DatoPersonalInvalidoException extends ReglaNegocioException {

    private static final long serialVersionUID = 1L;

    public DatoPersonalInvalidoException(String clave, String valor) {
        super(clave, valor);
    }
}
