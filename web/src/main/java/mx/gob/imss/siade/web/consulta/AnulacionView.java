package mx.gob.imss.siade.web.consulta;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.peticion.TransicionPeticion;
import mx.gob.imss.siade.supervision.AnulacionService;
import mx.gob.imss.siade.web.infra.Mensajes;
import mx.gob.imss.siade.web.seguridad.SesionView;

/**
 * The Expediente's anulación panel (WEB-INF/expediente/anulacion.xhtml): the jefe de área annuls a
 * registration made by mistake, with the reason; the service refuses a case derived or with oficios.
 */
@Named
@ViewScoped
public class AnulacionView extends PanelExpediente {

    private static final long serialVersionUID = 1L;

    @Inject
    private AnulacionService anulaciones;

    @Inject
    private SesionView sesion;

    private String motivo;

    /** Shown to the jefe de área while the case may still be annulled by its state. */
    public boolean isVisible() {
        Peticion p = expediente() == null ? null : peticion();
        return p != null && sesion.tiene("JEFE_AREA") && TransicionPeticion.ANULAR.permiteDesde(p.getEstado());
    }

    public void anular() {
        Peticion anulada = anulaciones.anular(folio(), motivo, version());
        Mensajes.info("anulacion.hecha", anulada.getFolio());
        motivo = null;
        recargar();
    }

    public String getMotivo() {
        return motivo;
    }

    public void setMotivo(String motivo) {
        this.motivo = motivo;
    }
}
