package mx.gob.imss.siade.web.gestion;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import mx.gob.imss.siade.gestion.NotaInformativaService;
import mx.gob.imss.siade.web.consulta.PanelExpediente;
import mx.gob.imss.siade.web.infra.Mensajes;
import mx.gob.imss.siade.web.seguridad.SesionView;

/** Expediente panel: a nota informativa to the instancia that remitted the case (5.36). */
@Named
@ViewScoped
public class NotaInformativaView extends PanelExpediente {

    private static final long serialVersionUID = 1L;

    @Inject
    private NotaInformativaService notas;

    @Inject
    private SesionView sesion;

    private String texto;

    public void enviar() {
        notas.enviar(folio(), texto);
        Mensajes.info("notaInformativa.enviada", peticion().getInstanciaOrigen());
        texto = null;
        recargar();
    }

    public boolean isDisponible() {
        return expediente() != null && peticion().getAreaDac().esGestion()
                && peticion().getCorreoInstanciaOrigen() != null && peticion().getEstado().esPendiente()
                && vista().isTieneAcciones()
                && sesion.isTrabajaCasos();
    }

    public String getTexto() {
        return texto;
    }

    public void setTexto(String texto) {
        this.texto = texto;
    }
}
