package mx.gob.imss.siade.pruebas;

import jakarta.annotation.security.PermitAll;
import java.util.concurrent.Callable;

/**
 * Test helper: each subclass is an EJB with {@code @RunAs} one role, so the services it calls
 * see a caller with that role, as they would see a signed-in user.
 */
@PermitAll
public abstract class EjecutorConRol {

    public <T> T ejecutar(Callable<T> accion) throws Exception {
        return accion.call();
    }

    /** Runs the action in this transaction and then fails, so everything it wrote must roll back. */
    public <T> T ejecutarYFallar(Callable<T> accion) throws Exception {
        accion.call();
        throw new IllegalStateException("fallo provocado por la prueba");
    }
}
