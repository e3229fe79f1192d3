package mx.gob.imss.siade.seguridad;

import mx.gob.imss.siade.infra.ReglaNegocioException;

/** A user or password change the rules refuse (bad data, duplicate name, password policy). */
public class UsuarioRechazadoException extends ReglaNegocioException {

    private static final long serialVersionUID = 1L;

    public UsuarioRechazadoException(String clave, Object... argumentos) {
        super(clave, argumentos);
    }
}
