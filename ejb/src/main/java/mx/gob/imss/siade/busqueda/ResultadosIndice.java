package mx.gob.imss.siade.busqueda;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** One page of hits, the total, and the facet counts (dimension → value → count) of the whole result. */
public record ResultadosIndice(long total, List<Acierto> aciertos, Map<String, Map<String, Long>> facetas)
        implements Serializable {

    /** A hit: which petición and how well it matched. */
    public record Acierto(long peticionId, String folio, float puntaje) implements Serializable {
    }
}
