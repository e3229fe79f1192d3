package mx.gob.imss.siade.web.consulta;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.inject.Inject;
import java.io.Serializable;
import mx.gob.imss.siade.consulta.Expediente;
import mx.gob.imss.siade.peticion.Peticion;

/**
 * One action panel of the Expediente (WEB-INF/expediente/*.xhtml), each a small view bean of its
 * own: it reads the open case from {@link ExpedienteView}, calls its service, and asks the view to
 * load the case again. {@link #alCargar} gives a panel its starting values for each load.
 */
public abstract class PanelExpediente implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExpedienteView vista;

    @PostConstruct
    void iniciar() {
        if (vista.getExpediente() != null) {
            alCargar(vista.getExpediente());
        }
    }

    void cargado(@Observes(notifyObserver = Reception.IF_EXISTS) ExpedienteCargado evento) {
        alCargar(evento.expediente());
    }

    /** Starting values of the panel's fields for the case just loaded; nothing by default. */
    protected void alCargar(Expediente expediente) {
    }

    protected Expediente expediente() {
        return vista.getExpediente();
    }

    protected Peticion peticion() {
        return vista.getExpediente().peticion();
    }

    protected String folio() {
        return peticion().getFolio();
    }

    /** The version the user saw: a case changed meanwhile by someone else is refused, not overwritten. */
    protected long version() {
        return peticion().getVersion();
    }

    protected ExpedienteView vista() {
        return vista;
    }

    /** Loads the case again after the panel's action (every panel then starts afresh). */
    protected void recargar() {
        vista.recargar();
    }
}
