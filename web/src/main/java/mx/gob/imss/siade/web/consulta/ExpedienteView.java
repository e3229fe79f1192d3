package mx.gob.imss.siade.web.consulta;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;
import mx.gob.imss.siade.consulta.Expediente;
import mx.gob.imss.siade.consulta.ExpedienteService;
import mx.gob.imss.siade.peticion.MotivoConclusion;
import mx.gob.imss.siade.peticion.PeticionService;
import mx.gob.imss.siade.peticion.TipoPeticion;
import mx.gob.imss.siade.peticion.TransicionPeticion;
import mx.gob.imss.siade.web.infra.Mensajes;

/** The Expediente of one folio: header, personal data, documents, derivations, oficios and bitácora. */
@Named
@ViewScoped
public class ExpedienteView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ExpedienteService expedientes;

    @EJB
    private PeticionService peticiones;

    private String folio;
    private Expediente expediente;
    private Set<TransicionPeticion> disponibles = Set.of();
    private TipoPeticion tipoNuevo;
    private String notaConclusion;

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

    private void cargar() {
        expediente = null;
        expediente = expedientes.abrir(folio);
        folio = expediente.peticion().getFolio();
        disponibles = peticiones.transicionesDisponibles(expediente.peticion().getEstado());
        tipoNuevo = expediente.peticion().getTipo();
    }

    public void clasificar() {
        peticiones.clasificar(folio, tipoNuevo, expediente.peticion().getVersion());
        Mensajes.info("expediente.clasificada", folio);
        cargar();
    }

    public void concluirOrientacion() {
        peticiones.concluir(folio, MotivoConclusion.ORIENTACION_BRINDADA, notaConclusion,
                expediente.peticion().getVersion());
        Mensajes.info("expediente.concluida", folio);
        notaConclusion = null;
        cargar();
    }

    public boolean puede(String transicion) {
        return disponibles.contains(TransicionPeticion.valueOf(transicion));
    }

    public boolean isPuedeConcluirOrientacion() {
        return expediente != null && disponibles.contains(TransicionPeticion.CONCLUIR)
                && expediente.peticion().getTipo() == TipoPeticion.ORIENTACION;
    }

    public TipoPeticion[] getTipos() {
        return TipoPeticion.values();
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
