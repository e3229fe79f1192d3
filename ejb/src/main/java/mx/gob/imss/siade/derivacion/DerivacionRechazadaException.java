package mx.gob.imss.siade.derivacion;

import mx.gob.imss.siade.infra.ReglaNegocioException;

/** A routing step that cannot be done as asked. */
public class DerivacionRechazadaException extends ReglaNegocioException {

    private static final long serialVersionUID = 1L;

    private DerivacionRechazadaException(String clave, Object... argumentos) {
        super(clave, argumentos);
    }

    static DerivacionRechazadaException instanciaDesconocida(long id) {
        return new DerivacionRechazadaException("error.derivacion.instancia", id);
    }

    static DerivacionRechazadaException sinCorreo(String instancia) {
        return new DerivacionRechazadaException("error.derivacion.sinCorreo", instancia);
    }

    static DerivacionRechazadaException sinDerivacionPendiente(String folio) {
        return new DerivacionRechazadaException("error.derivacion.sinPendiente", folio);
    }

    static DerivacionRechazadaException respuestaVacia(String folio) {
        return new DerivacionRechazadaException("error.derivacion.respuestaVacia", folio);
    }

    static DerivacionRechazadaException motivoRechazoVacio(String folio) {
        return new DerivacionRechazadaException("error.derivacion.motivoRechazo", folio);
    }
}
