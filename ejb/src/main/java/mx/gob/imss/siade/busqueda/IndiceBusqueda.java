package mx.gob.imss.siade.busqueda;

import java.util.List;

/**
 * The search index, whatever holds it: embedded Lucene in the data folder by default
 * ({@link IndiceLucene}); a search cluster in production implements the same contract.
 */
public interface IndiceBusqueda {

    /** Facet dimensions every search counts. */
    List<String> FACETAS = List.of("estado", "tipo", "ooad", "anio");

    /** Adds or replaces these petitions' documents and makes them searchable. */
    void indexar(List<DocumentoBusqueda> documentos);

    /** Removes a petición that no longer exists. */
    void borrar(long peticionId);

    /** Empties the index (before a rebuild). */
    void vaciar();

    /** How many documents the index holds. */
    long documentos();

    ResultadosIndice buscar(ConsultaIndice consulta);
}
