package mx.gob.imss.siade.web.oficios;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import mx.gob.imss.siade.oficios.PlantillaOficio;
import mx.gob.imss.siade.oficios.PlantillaOficioService;
import mx.gob.imss.siade.oficios.TipoOficio;
import mx.gob.imss.siade.web.infra.Mensajes;

/** The administrador edits the text of each kind of oficio (merge fields such as ${folio}). */
@Named
@ViewScoped
public class PlantillasOficioView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlantillaOficioService plantillas;

    private List<PlantillaOficio> todas;
    private TipoOficio tipo;
    private String asunto;
    private String cuerpo;
    private long version;
    /** The preview's pages as data: URIs (PNG), or empty. */
    private List<String> vistaPrevia = List.of();

    @PostConstruct
    void iniciar() {
        todas = plantillas.todas();
        if (!todas.isEmpty()) {
            elegir(todas.get(0).getTipo());
        }
    }

    public void elegir(TipoOficio elegido) {
        vistaPrevia = List.of();
        todas.stream().filter(p -> p.getTipo() == elegido).findFirst().ifPresent(p -> {
            tipo = p.getTipo();
            asunto = p.getAsunto();
            cuerpo = p.getCuerpo();
            version = p.getVersion();
        });
    }

    /** Shows the text being edited, merged with a sample case, beside the editor (nothing is saved). */
    public void previsualizar() {
        vistaPrevia = plantillas.vistaPrevia(tipo, asunto, cuerpo).stream()
                .map(png -> "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(png)).toList();
    }

    public List<String> getVistaPrevia() {
        return vistaPrevia;
    }

    public void guardar() {
        PlantillaOficio guardada = plantillas.guardar(tipo, asunto, cuerpo, version);
        Mensajes.info("plantillas.guardada", guardada.getNombre());
        todas = plantillas.todas();
        elegir(tipo);
    }

    public List<PlantillaOficio> getTodas() {
        return todas;
    }

    public TipoOficio getTipo() {
        return tipo;
    }

    public String getAsunto() {
        return asunto;
    }

    public void setAsunto(String asunto) {
        this.asunto = asunto;
    }

    public String getCuerpo() {
        return cuerpo;
    }

    public void setCuerpo(String cuerpo) {
        this.cuerpo = cuerpo;
    }
}
