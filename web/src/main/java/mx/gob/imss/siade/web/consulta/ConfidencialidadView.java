package mx.gob.imss.siade.web.consulta;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import mx.gob.imss.siade.consulta.ConfidencialidadService;
import mx.gob.imss.siade.consulta.Expediente;
import mx.gob.imss.siade.peticion.Confidencialidad;
import mx.gob.imss.siade.seguridad.Usuario;
import mx.gob.imss.siade.web.infra.Mensajes;
import mx.gob.imss.siade.web.seguridad.SesionView;

/** Expediente panel: the case's confidentiality and who is named on a reservado case (jefe de área, titulares). */
@Named
@ViewScoped
public class ConfidencialidadView extends PanelExpediente {

    private static final long serialVersionUID = 1L;

    @Inject
    private ConfidencialidadService confidencialidad;

    @Inject
    private SesionView sesion;

    private Confidencialidad nivel;
    private List<String> nombrados = new ArrayList<>();
    private String motivo;
    private List<Usuario> personas;

    @Override
    protected void alCargar(Expediente expediente) {
        nivel = expediente.peticion().getConfidencialidad();
        nombrados = new ArrayList<>(expediente.peticion().getAutorizados().stream().map(Usuario::getNombreUsuario).toList());
        motivo = null;
    }

    public void cambiar() {
        confidencialidad.cambiar(folio(), nivel, nombrados, motivo, version());
        Mensajes.info("confidencialidad.cambiada", mx.gob.imss.siade.infra.Textos.etiqueta(nivel));
        recargar();
    }

    public boolean isDisponible() {
        return expediente() != null && (sesion.tiene("JEFE_AREA") && vista().isTieneAcciones()
                || sesion.tiene("TITULAR_DAC") || sesion.tiene("TITULAR_CAO"));
    }

    public Confidencialidad[] getNiveles() {
        return Confidencialidad.values();
    }

    public List<Usuario> getPersonas() {
        if (personas == null) {
            personas = confidencialidad.personas();
        }
        return personas;
    }

    public Confidencialidad getNivel() {
        return nivel;
    }

    public void setNivel(Confidencialidad nivel) {
        this.nivel = nivel;
    }

    public List<String> getNombrados() {
        return nombrados;
    }

    public void setNombrados(List<String> nombrados) {
        this.nombrados = nombrados;
    }

    public String getMotivo() {
        return motivo;
    }

    public void setMotivo(String motivo) {
        this.motivo = motivo;
    }
}
