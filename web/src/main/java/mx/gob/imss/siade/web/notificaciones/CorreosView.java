package mx.gob.imss.siade.web.notificaciones;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import mx.gob.imss.siade.notificaciones.CorreoSaliente;
import mx.gob.imss.siade.notificaciones.CorreoService;

/** The outbox for staff: the 200 most recent messages, with their state and last error. */
@Named
@ViewScoped
public class CorreosView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int RECIENTES = 200;

    @Inject
    private CorreoService correos;

    private List<CorreoSaliente> recientes;

    @PostConstruct
    void iniciar() {
        recientes = correos.recientes(0, RECIENTES);
    }

    public List<CorreoSaliente> getRecientes() {
        return recientes;
    }
}
