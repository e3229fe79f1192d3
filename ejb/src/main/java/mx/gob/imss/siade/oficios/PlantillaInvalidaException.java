package mx.gob.imss.siade.oficios;

import mx.gob.imss.siade.infra.ReglaNegocioException;

/** An oficio template that cannot be saved: empty, changed meanwhile, or one that does not render. */
public class PlantillaInvalidaException extends ReglaNegocioException {

    private static final long serialVersionUID = 1L;

    private PlantillaInvalidaException(String clave, Object... argumentos) {
        super(clave, argumentos);
    }

    static PlantillaInvalidaException vacia() {
        return new PlantillaInvalidaException("error.plantilla.vacia");
    }

    static PlantillaInvalidaException desconocida(String tipo) {
        return new PlantillaInvalidaException("error.plantilla.desconocida", tipo);
    }

    static PlantillaInvalidaException modificada(String nombre) {
        return new PlantillaInvalidaException("error.plantilla.modificada", nombre);
    }

    static PlantillaInvalidaException noSeGenera(String detalle) {
        return new PlantillaInvalidaException("error.plantilla.noSeGenera", detalle);
    }
}
