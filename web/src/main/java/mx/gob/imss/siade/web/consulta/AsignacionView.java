package mx.gob.imss.siade.web.consulta;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import mx.gob.imss.siade.consulta.Expediente;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.peticion.PeticionService;
import mx.gob.imss.siade.seguridad.Usuario;
import mx.gob.imss.siade.web.infra.Mensajes;
import mx.gob.imss.siade.web.seguridad.SesionView;

/**
 * The Expediente's assignment panel (WEB-INF/expediente/asignacion.xhtml): a supervisor or jefe de
 * área gives the open case to another consultor of its área, with the reason. One small view per
 * action panel ({@link PanelExpediente}).
 */
@Named
@ViewScoped
public class AsignacionView extends PanelExpediente {

    private static final long serialVersionUID = 1L;

    @Inject
    private PeticionService peticiones;

    @Inject
    private SesionView sesion;

    private List<Usuario> consultores;
    private String consultor;
    private String motivo;

    /** Shown to supervisors and jefes de área, on an open case. */
    public boolean isVisible() {
        Peticion p = peticion();
        return p != null && p.getEstado().esPendiente() && (sesion.tiene("SUPERVISOR") || sesion.tiene("JEFE_AREA"));
    }

    @Override
    protected void alCargar(Expediente expediente) {
        consultores = null; // asked for again, for this case, when the panel shows
    }

    public List<Usuario> getConsultores() {
        if (consultores == null) {
            consultores = peticion() == null ? List.of() : peticiones.consultoresAsignables(folio());
        }
        return consultores;
    }

    public void reasignar() {
        Peticion p = peticion();
        Peticion reasignada = peticiones.reasignar(p.getFolio(), consultor, motivo, p.getVersion());
        Mensajes.info("expediente.reasignada", reasignada.getFolio(), reasignada.getConsultor().getNombreCompleto());
        consultor = null;
        motivo = null;
        recargar();
    }

    @Override
    protected Peticion peticion() {
        return expediente() == null ? null : super.peticion();
    }

    public String getConsultor() {
        return consultor;
    }

    public void setConsultor(String consultor) {
        this.consultor = consultor;
    }

    public String getMotivo() {
        return motivo;
    }

    public void setMotivo(String motivo) {
        this.motivo = motivo;
    }
}
