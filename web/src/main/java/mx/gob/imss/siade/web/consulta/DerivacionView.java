package mx.gob.imss.siade.web.consulta;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import mx.gob.imss.siade.catalogos.CatalogoService;
import mx.gob.imss.siade.catalogos.Instancia;
import mx.gob.imss.siade.derivacion.Derivacion;
import mx.gob.imss.siade.derivacion.DerivacionService;
import mx.gob.imss.siade.derivacion.EstadoDerivacion;
import mx.gob.imss.siade.web.infra.Mensajes;

/** Expediente panel: route the petición to the instancia that must solve it (act. 117, 123). */
@Named
@ViewScoped
public class DerivacionView extends PanelExpediente {

    private static final long serialVersionUID = 1L;

    @Inject
    private DerivacionService derivaciones;

    @Inject
    private CatalogoService catalogos;

    private List<Instancia> instancias;
    private Long instanciaId;
    private String motivoDerivacion;

    public void derivar() {
        String folio = folio();
        Derivacion hecha = derivaciones.derivar(folio, instanciaId == null ? -1 : instanciaId, motivoDerivacion,
                version());
        if (hecha.getEstado() == EstadoDerivacion.NOTIFICADA) {
            // OIC / SNTSS: notified and concluded, no follow-up (act. 123): say so, not "derivada".
            Mensajes.info("expediente.notificada", folio, hecha.getInstancia().getNombre());
        } else {
            Mensajes.info("expediente.derivada", folio);
        }
        motivoDerivacion = null;
        instanciaId = null;
        recargar();
    }

    /** Instancias for routing, loaded once per view and only for those who may route. */
    public List<Instancia> getInstancias() {
        if (instancias == null) {
            instancias = catalogos.instancias();
        }
        return instancias;
    }

    public Long getInstanciaId() {
        return instanciaId;
    }

    public void setInstanciaId(Long instanciaId) {
        this.instanciaId = instanciaId;
    }

    public String getMotivoDerivacion() {
        return motivoDerivacion;
    }

    public void setMotivoDerivacion(String motivoDerivacion) {
        this.motivoDerivacion = motivoDerivacion;
    }
}
