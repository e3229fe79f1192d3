package mx.gob.imss.siade.infra;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A business refusal: the request was understood but the rules forbid it. Each subclass is one
 * refusal with its own message key in the Spanish bundle; the transaction rolls back and the
 * exception reaches the caller unwrapped (not as an EJBException).
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class ReglaNegocioException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String clave;
    private final transient Object[] argumentos;

    protected ReglaNegocioException(String clave, Object... argumentos) {
        super(clave + Arrays.toString(argumentos));
        this.clave = clave;
        this.argumentos = argumentos.clone();
    }

    /** Key of the message in the resource bundle, e.g. {@code error.nss.invalido}. */
    public String clave() {
        return clave;
    }

    public Object[] argumentos() {
        return argumentos.clone();
    }
}
