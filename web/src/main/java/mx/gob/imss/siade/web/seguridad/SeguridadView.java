package mx.gob.imss.siade.web.seguridad;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import mx.gob.imss.siade.seguridad.EventoSeguridad;
import mx.gob.imss.siade.seguridad.IntentoAcceso;
import mx.gob.imss.siade.seguridad.IntentosAccesoService;
import mx.gob.imss.siade.web.infra.Mensajes;

/** The administrador's page of sign-in locks (and unlocking them) and the latest security events. */
@Named
@ViewScoped
public class SeguridadView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EVENTOS = 100;

    @Inject
    private IntentosAccesoService intentos;

    private List<IntentoAcceso> bloqueados;
    private List<EventoSeguridad> eventos;

    @PostConstruct
    void cargar() {
        bloqueados = intentos.bloqueados();
        eventos = intentos.eventosRecientes(EVENTOS);
    }

    public void desbloquear(IntentoAcceso intento) {
        intentos.desbloquear(intento.getClave());
        Mensajes.info("seguridad.desbloqueado", intento.getSujeto());
        cargar();
    }

    public List<IntentoAcceso> getBloqueados() {
        return bloqueados;
    }

    public List<EventoSeguridad> getEventos() {
        return eventos;
    }
}
