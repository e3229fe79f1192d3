package mx.gob.imss.siade.web.consulta;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import mx.gob.imss.siade.consulta.Expediente;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.peticion.PeticionService;
import mx.gob.imss.siade.web.infra.Mensajes;

/**
 * Expediente panel: the supervisor's review before routing (act. 81–83): responsible área,
 * normativa, trámite and subtrámite, with feedback to the consultor.
 */
@Named
@ViewScoped
public class RevisionSupervisorView extends PanelExpediente {

    private static final long serialVersionUID = 1L;

    @Inject
    private PeticionService peticiones;

    private String areaResponsable;
    private String normativa;
    private String tramite;
    private String subtramite;
    private String observaciones;

    @Override
    protected void alCargar(Expediente expediente) {
        Peticion p = expediente.peticion();
        areaResponsable = p.getAreaResponsable();
        normativa = p.getNormativa();
        tramite = p.getTramite();
        subtramite = p.getSubtramite();
    }

    public void revisar() {
        peticiones.revisar(folio(), areaResponsable, normativa, tramite, subtramite, observaciones, version());
        Mensajes.info("expediente.revisada", folio());
        observaciones = null;
        recargar();
    }

    public String getAreaResponsable() {
        return areaResponsable;
    }

    public void setAreaResponsable(String areaResponsable) {
        this.areaResponsable = areaResponsable;
    }

    public String getNormativa() {
        return normativa;
    }

    public void setNormativa(String normativa) {
        this.normativa = normativa;
    }

    public String getTramite() {
        return tramite;
    }

    public void setTramite(String tramite) {
        this.tramite = tramite;
    }

    public String getSubtramite() {
        return subtramite;
    }

    public void setSubtramite(String subtramite) {
        this.subtramite = subtramite;
    }

    public String getObservaciones() {
        return observaciones;
    }

    public void setObservaciones(String observaciones) {
        this.observaciones = observaciones;
    }
}
