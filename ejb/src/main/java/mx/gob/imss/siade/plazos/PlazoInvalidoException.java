package mx.gob.imss.siade.plazos;

import java.time.LocalDate;
import mx.gob.imss.siade.infra.ReglaNegocioException;

/** A deadline or a calendar day the administrador tried to set that the rules do not allow. */
public class PlazoInvalidoException extends ReglaNegocioException {

    private static final long serialVersionUID = 1L;

    private PlazoInvalidoException(String clave, Object... argumentos) {
        super(clave, argumentos);
    }

    static PlazoInvalidoException fueraDeRango(int dias) {
        return new PlazoInvalidoException("error.plazo.rango", dias);
    }

    static PlazoInvalidoException tipoDesconocido(String tipo) {
        return new PlazoInvalidoException("error.plazo.tipo", tipo);
    }

    static PlazoInvalidoException diaIncompleto() {
        return new PlazoInvalidoException("error.plazo.diaIncompleto");
    }

    static PlazoInvalidoException diaRepetido(LocalDate fecha) {
        return new PlazoInvalidoException("error.plazo.diaRepetido", mx.gob.imss.siade.infra.Textos.fecha(fecha));
    }
}
