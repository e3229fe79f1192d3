package mx.gob.imss.siade.busqueda;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** A page of results as the screen shows it, with the facet counts (labels in Spanish) of all of them. */
public record ResultadoBusqueda(long total, List<Fila> filas, Map<String, List<Faceta>> facetas) implements Serializable {

    /**
     * One case found, with the fragments of its text that matched (HTML-escaped, terms in {@code <mark>}),
     * and the scan where the words were found, when they were found in one (null otherwise).
     */
    public record Fila(String folio, OffsetDateTime recepcion, String estado, String tipo, String area, String ubicacion,
                       String persona, String asunto, String fragmento, EnDocumento enDocumento) implements Serializable {
    }

    /**
     * The first page of a scan whose recognised text matched: the document, its name, the page (from 1)
     * and the matching fragment (null for readers who may not read the scan itself).
     */
    public record EnDocumento(long documentoId, String nombre, int pagina, String fragmento) implements Serializable {
    }

    /** One value of a facet: its label, the value to filter by, and how many results have it. */
    public record Faceta(String etiqueta, String valor, long cuenta) implements Serializable {
    }
}
