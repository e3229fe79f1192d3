package mx.gob.imss.siade.digitalizacion;

import mx.gob.imss.siade.infra.ReglaNegocioException;

/** A scan of the tray that cannot be filed or discarded as asked. */
public class ClasificacionRechazadaException extends ReglaNegocioException {

    private static final long serialVersionUID = 1L;

    private ClasificacionRechazadaException(String clave, Object... argumentos) {
        super(clave, argumentos);
    }

    static ClasificacionRechazadaException noEncontrado() {
        return new ClasificacionRechazadaException("error.porClasificar.noEncontrado");
    }

    /** Another person filed or discarded it meanwhile. */
    static ClasificacionRechazadaException yaResuelto(String nombre) {
        return new ClasificacionRechazadaException("error.porClasificar.yaResuelto", nombre);
    }

    static ClasificacionRechazadaException sinFolio() {
        return new ClasificacionRechazadaException("error.porClasificar.sinFolio");
    }

    static ClasificacionRechazadaException sinMotivo() {
        return new ClasificacionRechazadaException("error.porClasificar.sinMotivo");
    }
}
