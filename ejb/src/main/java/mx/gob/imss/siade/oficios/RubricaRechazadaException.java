package mx.gob.imss.siade.oficios;

import mx.gob.imss.siade.infra.ReglaNegocioException;
import mx.gob.imss.siade.infra.Textos;

/** A rúbrica, return, edit or signature the oficio's state or chain does not allow now. */
public class RubricaRechazadaException extends ReglaNegocioException {

    private static final long serialVersionUID = 1L;

    private RubricaRechazadaException(String clave, Object... argumentos) {
        super(clave, argumentos);
    }

    static RubricaRechazadaException noEsSuTurno(String folioOficio, String quien) {
        return new RubricaRechazadaException("error.rubrica.noEsSuTurno", folioOficio, quien);
    }

    public static RubricaRechazadaException estado(String folioOficio, EstadoOficio estado) {
        return new RubricaRechazadaException("error.rubrica.estado", folioOficio, Textos.etiqueta(estado));
    }

    static RubricaRechazadaException sinObservacion() {
        return new RubricaRechazadaException("error.rubrica.sinObservacion");
    }
}
