package mx.gob.imss.siade.web.digitalizacion;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.gob.imss.siade.digitalizacion.EscaneoEntrante;
import mx.gob.imss.siade.digitalizacion.PorClasificarService;
import mx.gob.imss.siade.web.infra.Mensajes;

/**
 * The «por clasificar» tray: each scan from the digitisation folder with its suggested folio (accepted
 * with one click, or corrected), or discarded with a reason; below, what the folder did lately.
 */
@Named
@ViewScoped
public class PorClasificarView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PorClasificarService servicio;

    private List<EscaneoEntrante> pendientes;
    private List<EscaneoEntrante> recientes;
    private final Map<Long, String> folios = new HashMap<>();
    private final Map<Long, String> motivos = new HashMap<>();

    @PostConstruct
    void cargar() {
        pendientes = servicio.pendientes();
        recientes = servicio.recientes();
        folios.clear();
        motivos.clear();
        pendientes.forEach(e -> folios.put(e.getId(), e.getFolioSugerido()));
    }

    public void clasificar(EscaneoEntrante e) {
        String folio = servicio.clasificar(e.getId(), folios.get(e.getId()), e.getVersion());
        Mensajes.info("porClasificar.clasificado", e.getNombreArchivo(), folio);
        cargar();
    }

    public void descartar(EscaneoEntrante e) {
        servicio.descartar(e.getId(), motivos.get(e.getId()), e.getVersion());
        Mensajes.info("porClasificar.descartado", e.getNombreArchivo());
        cargar();
    }

    public void actualizar() {
        cargar();
    }

    public List<EscaneoEntrante> getPendientes() {
        return pendientes;
    }

    public List<EscaneoEntrante> getRecientes() {
        return recientes;
    }

    /** Folio typed (or suggested) for each scan, by id. */
    public Map<Long, String> getFolios() {
        return folios;
    }

    public Map<Long, String> getMotivos() {
        return motivos;
    }
}
