package mx.gob.imss.siade.web.gestion;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import mx.gob.imss.siade.consulta.Expediente;
import mx.gob.imss.siade.gestion.ConclusionGestionService;
import mx.gob.imss.siade.peticion.EstadoPeticion;
import mx.gob.imss.siade.web.consulta.PanelExpediente;
import mx.gob.imss.siade.web.infra.Mensajes;
import mx.gob.imss.siade.web.seguridad.SesionView;

/** Expediente panel of Gestión's classified cases: inform the persona usuaria by phone and conclude (act. 32–34). */
@Named
@ViewScoped
public class InformeConclusionView extends PanelExpediente {

    private static final long serialVersionUID = 1L;

    @Inject
    private ConclusionGestionService conclusion;

    @Inject
    private SesionView sesion;

    private String numero;
    private String respuesta;

    @Override
    protected void alCargar(Expediente expediente) {
        respuesta = null;
        numero = expediente.datosPersonales() != null && !expediente.datosPersonales().enmascarados()
                ? expediente.datosPersonales().telefono() : null;
    }

    public void informarYConcluir() {
        conclusion.informarYConcluir(folio(), numero, respuesta, version());
        Mensajes.info("informe.concluida", folio());
        recargar();
    }

    public boolean isDisponible() {
        return expediente() != null && peticion().getAreaDac().esGestion()
                && peticion().getEstado() == EstadoPeticion.EN_ANALISIS && vista().isTieneAcciones()
                && sesion.isTrabajaCasos();
    }

    public String getNumero() {
        return numero;
    }

    public void setNumero(String numero) {
        this.numero = numero;
    }

    public String getRespuesta() {
        return respuesta;
    }

    public void setRespuesta(String respuesta) {
        this.respuesta = respuesta;
    }
}
