package mx.gob.imss.siade.web.consulta;

import java.util.List;
import java.util.Map;
import java.io.Serializable;
import mx.gob.imss.siade.consulta.FilaBandeja;
import mx.gob.imss.siade.consulta.FiltroBandeja;
import mx.gob.imss.siade.consulta.PaginaBandeja;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Pages, sorts and filters the Bandeja in the database through {@link mx.gob.imss.siade.consulta.BandejaService}: only the
 * rows of the visible page ever leave the database.
 * It lives in the view, which a cluster replicates: it holds only serializable functions of the view. The filters come from the view's own form,
 * not from column filters, so they are validated before they reach the query.
 */
public class BandejaLazyModel extends LazyDataModel<FilaBandeja> {

    private static final long serialVersionUID = 1L;

    /** Where the filter in force comes from; serializable, as the model lives in the (replicated) view. */
    @FunctionalInterface
    public interface Filtro extends Serializable {
        FiltroBandeja get();
    }

    /** The query ({@link mx.gob.imss.siade.consulta.BandejaService#buscar}, through the view that holds the service). */
    @FunctionalInterface
    public interface Consulta extends Serializable {
        PaginaBandeja buscar(FiltroBandeja filtro, int primero, int cuantos, String campo, boolean ascendente);
    }

    private final Consulta servicio;
    private final Filtro filtro;
    private transient PaginaBandeja ultima;

    public BandejaLazyModel(Consulta servicio, Filtro filtro) {
        this.servicio = servicio;
        this.filtro = filtro;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return ultima == null ? 0 : (int) ultima.total();
    }

    @Override
    public List<FilaBandeja> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String campo = "fechaLimite"; // unsorted: the nearest deadline first
        boolean ascendente = true;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta orden = sortBy.values().iterator().next();
            campo = orden.getField();
            ascendente = orden.getOrder() == SortOrder.ASCENDING;
        }
        FiltroBandeja aplicado = filtro.get();
        if (aplicado == null) { // the form's filter is invalid: nothing matches it
            ultima = null;
            setRowCount(0);
            return List.of();
        }
        ultima = servicio.buscar(aplicado, first, pageSize, campo, ascendente);
        setRowCount((int) ultima.total());
        return ultima.filas();
    }

    @Override
    public String getRowKey(FilaBandeja fila) {
        return fila.folio();
    }

    @Override
    public FilaBandeja getRowData(String rowKey) {
        return ultima == null ? null
                : ultima.filas().stream().filter(f -> f.folio().equals(rowKey)).findFirst().orElse(null);
    }
}
