package mx.gob.imss.siade.web.consulta;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import mx.gob.imss.siade.peticion.PeticionService;
import mx.gob.imss.siade.web.infra.Mensajes;

/** Expediente panel: a follow-up note in the bitácora (a call, an email, act. 118). */
@Named
@ViewScoped
public class NotaView extends PanelExpediente {

    private static final long serialVersionUID = 1L;

    @Inject
    private PeticionService peticiones;

    private String notaSeguimiento;

    public void anotar() {
        peticiones.anotar(folio(), notaSeguimiento);
        Mensajes.info("expediente.notaRegistrada", folio());
        notaSeguimiento = null;
        recargar();
    }

    /** Staff who work the case add follow-up notes while it is pending. */
    public boolean isPuedeAnotar() {
        return expediente() != null && peticion().getEstado().esPendiente() && vista().isTieneAcciones();
    }

    public String getNotaSeguimiento() {
        return notaSeguimiento;
    }

    public void setNotaSeguimiento(String notaSeguimiento) {
        this.notaSeguimiento = notaSeguimiento;
    }
}
