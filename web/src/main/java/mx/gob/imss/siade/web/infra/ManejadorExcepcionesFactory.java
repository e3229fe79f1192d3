package mx.gob.imss.siade.web.infra;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

public class ManejadorExcepcionesFactory extends ExceptionHandlerFactory {

    public ManejadorExcepcionesFactory(ExceptionHandlerFactory envuelta) {
        super(envuelta);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ManejadorExcepciones(getWrapped().getExceptionHandler());
    }
}
