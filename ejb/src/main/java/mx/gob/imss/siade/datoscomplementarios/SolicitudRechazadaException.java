package mx.gob.imss.siade.datoscomplementarios;

import mx.gob.imss.siade.infra.ReglaNegocioException;

/** A request of data that cannot be made or answered as asked. */
public class SolicitudRechazadaException extends ReglaNegocioException {

    private static final long serialVersionUID = 1L;

    private SolicitudRechazadaException(String clave, Object... argumentos) {
        super(clave, argumentos);
    }

    static SolicitudRechazadaException sinCorreo(String folio) {
        return new SolicitudRechazadaException("error.solicitud.sinCorreo", folio);
    }

    static SolicitudRechazadaException gestionSinOficio(String folio) {
        return new SolicitudRechazadaException("error.solicitud.gestionSinOficio", folio);
    }

    static SolicitudRechazadaException sinDatosSolicitados(String folio) {
        return new SolicitudRechazadaException("error.solicitud.sinDatos", folio);
    }

    static SolicitudRechazadaException sinSolicitudPendiente(String folio) {
        return new SolicitudRechazadaException("error.solicitud.sinPendiente", folio);
    }
}
