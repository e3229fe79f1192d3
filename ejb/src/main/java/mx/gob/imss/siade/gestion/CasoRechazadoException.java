package mx.gob.imss.siade.gestion;

import java.util.List;
import mx.gob.imss.siade.infra.ReglaNegocioException;

/** A case from the API that cannot be registered: every field at fault with its Spanish message. */
public class CasoRechazadoException extends ReglaNegocioException {

    private static final long serialVersionUID = 1L;

    /** One field at fault. */
    public record Error(String campo, String mensaje) implements java.io.Serializable {
    }

    private final List<Error> errores;

    CasoRechazadoException(String clave, List<Error> errores) {
        super(clave);
        this.errores = List.copyOf(errores);
    }

    public List<Error> errores() {
        return errores;
    }
}
