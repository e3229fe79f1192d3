package mx.gob.imss.siade.busqueda;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which index the application uses, from the settings: {@code siade.indice.tipo=lucene} (the default:
 * embedded, in the data folder, nothing to install) or {@code opensearch} (a cluster, for production and
 * for more than one server; {@code siade.indice.opensearch.url}, {@code .indice}, {@code .usuario},
 * {@code .contrasena}). Only the chosen one is ever created.
 */
@ApplicationScoped
public class SeleccionIndice {

    @Inject
    @ConfigProperty(name = "siade.indice.tipo", defaultValue = "lucene")
    String tipo;

    @Produces
    @ApplicationScoped
    IndiceBusqueda indice(Instance<IndiceLucene> lucene, Instance<IndiceOpenSearch> openSearch) {
        return switch (tipo.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "opensearch" -> openSearch.get();
            case "lucene" -> lucene.get();
            default -> throw new IllegalStateException("siade.indice.tipo debe ser lucene u opensearch, no " + tipo);
        };
    }
}
