package mx.gob.imss.siade.indicadores;

import mx.gob.imss.siade.infra.ReglaNegocioException;

/** An indicators request refused (a period backwards or too long, a subscription without email). */
public class IndicadorRechazadoException extends ReglaNegocioException {

    private static final long serialVersionUID = 1L;

    public IndicadorRechazadoException(String clave, Object... argumentos) {
        super(clave, argumentos);
    }
}
