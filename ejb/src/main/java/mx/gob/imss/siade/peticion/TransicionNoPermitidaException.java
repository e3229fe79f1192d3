package mx.gob.imss.siade.peticion;

import mx.gob.imss.siade.infra.ReglaNegocioException;

/** The move is not allowed from the petición's current state, or not for the actor's roles. */
public class TransicionNoPermitidaException extends ReglaNegocioException {

    private static final long serialVersionUID = 1L;

    private TransicionNoPermitidaException(String clave, Object... argumentos) {
        super(clave, argumentos);
    }

    static TransicionNoPermitidaException porEstado(String folio, EstadoPeticion estado, TransicionPeticion t) {
        return new TransicionNoPermitidaException("error.transicion.estado", folio, estado.name(), t.name());
    }

    static TransicionNoPermitidaException porRol(String folio, TransicionPeticion t) {
        return new TransicionNoPermitidaException("error.transicion.rol", folio, t.name());
    }

    static TransicionNoPermitidaException porDatos(String clave, String folio) {
        return new TransicionNoPermitidaException(clave, folio);
    }

    static TransicionNoPermitidaException porDatos(String clave, Object... argumentos) {
        return new TransicionNoPermitidaException(clave, argumentos);
    }
}
