package mx.gob.imss.siade.web.consulta;

import jakarta.enterprise.event.Event;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;
import mx.gob.imss.siade.consulta.Expediente;
import mx.gob.imss.siade.consulta.ExpedienteService;
import mx.gob.imss.siade.peticion.PeticionService;
import mx.gob.imss.siade.peticion.TransicionPeticion;
import mx.gob.imss.siade.web.infra.Mensajes;

/**
 * The Expediente screen: opens the case named by its folio and knows which moves its state allows
 * the user. Each action has its own small panel bean ({@link PanelExpediente}: clasificación, nota,
 * revisión, datos complementarios, derivación, respuesta, oficios, asignación), which reloads the case
 * here after acting.
 */
@Named
@ViewScoped
public class ExpedienteView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExpedienteService expedientes;

    @Inject
    private PeticionService peticiones;

    @Inject
    private Event<ExpedienteCargado> cargado;

    private String folio;
    private Expediente expediente;
    private Set<TransicionPeticion> disponibles = Set.of();

    /** View action: loads the case named by the {@code folio} parameter, if there is one. */
    public void alAbrirVista() {
        if (folio != null && !folio.isBlank()) {
            cargar();
        }
    }

    /** The Abrir button: the folio typed in the search box. */
    public void abrir() {
        if (folio == null || folio.isBlank()) {
            expediente = null;
            Mensajes.error("expediente.error.sinFolio");
            return;
        }
        cargar();
    }

    /** Loads the case again after an action of one of the Expediente's panels. */
    public void recargar() {
        cargar();
    }

    private void cargar() {
        expediente = null;
        expediente = expedientes.abrir(folio);
        folio = expediente.peticion().getFolio();
        disponibles = peticiones.transicionesDisponibles(expediente.peticion().getEstado());
        cargado.fire(new ExpedienteCargado(expediente));
    }

    /** Whether the user has any move on the case in its state (the actions panel shows then). */
    public boolean isTieneAcciones() {
        return expediente != null && !disponibles.isEmpty();
    }

    public boolean puede(String transicion) {
        return disponibles.contains(TransicionPeticion.valueOf(transicion));
    }

    boolean puede(TransicionPeticion transicion) {
        return disponibles.contains(transicion);
    }

    public String getFolio() {
        return folio;
    }

    public void setFolio(String folio) {
        this.folio = folio;
    }

    public Expediente getExpediente() {
        return expediente;
    }
}
