package mx.gob.imss.siade.oficios;

import mx.gob.imss.siade.infra.ReglaNegocioException;

/** An oficio that is not in a state that can be sent (already sent, cancelled, received). */
public class OficioNoEnviableException extends ReglaNegocioException {

    private static final long serialVersionUID = 1L;

    public OficioNoEnviableException(String folioOficio, EstadoOficio estado) {
        super("error.oficio.noEnviable", folioOficio, estado.name());
    }

    private OficioNoEnviableException(String clave, Object... argumentos) {
        super(clave, argumentos);
    }

    /** An oficio whose text does not fit the case's situation (e.g. a notification of a case never derived). */
    static OficioNoEnviableException noAplica(TipoOficio tipo, String folio) {
        return new OficioNoEnviableException("error.oficio.noAplica", mx.gob.imss.siade.infra.Textos.etiqueta(tipo), folio);
    }
}
