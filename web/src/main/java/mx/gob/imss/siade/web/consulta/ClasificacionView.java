package mx.gob.imss.siade.web.consulta;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import mx.gob.imss.siade.consulta.Expediente;
import mx.gob.imss.siade.peticion.MotivoConclusion;
import mx.gob.imss.siade.peticion.PeticionService;
import mx.gob.imss.siade.peticion.TipoPeticion;
import mx.gob.imss.siade.peticion.TransicionPeticion;
import mx.gob.imss.siade.web.infra.Mensajes;

/** Expediente panel: classify the petición (its tipo and deadline) and conclude an orientación. */
@Named
@ViewScoped
public class ClasificacionView extends PanelExpediente {

    private static final long serialVersionUID = 1L;

    @Inject
    private PeticionService peticiones;

    private TipoPeticion tipoNuevo;
    private String notaConclusion;

    @Override
    protected void alCargar(Expediente expediente) {
        tipoNuevo = expediente.peticion().getTipo();
    }

    public void clasificar() {
        peticiones.clasificar(folio(), tipoNuevo, version());
        Mensajes.info("expediente.clasificada", folio());
        recargar();
    }

    public void concluirOrientacion() {
        String folio = folio();
        peticiones.concluir(folio, MotivoConclusion.ORIENTACION_BRINDADA, notaConclusion, version());
        Mensajes.info("expediente.concluida", folio);
        notaConclusion = null;
        recargar();
    }

    public boolean isPuedeConcluirOrientacion() {
        return expediente() != null && vista().puede(TransicionPeticion.CONCLUIR)
                && peticion().getTipo() == TipoPeticion.ORIENTACION;
    }

    public TipoPeticion[] getTipos() {
        return TipoPeticion.values();
    }

    public TipoPeticion getTipoNuevo() {
        return tipoNuevo;
    }

    public void setTipoNuevo(TipoPeticion tipoNuevo) {
        this.tipoNuevo = tipoNuevo;
    }

    public String getNotaConclusion() {
        return notaConclusion;
    }

    public void setNotaConclusion(String notaConclusion) {
        this.notaConclusion = notaConclusion;
    }
}
