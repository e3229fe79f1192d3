package mx.gob.imss.siade.web.gestion;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import mx.gob.imss.siade.gestion.BitacoraGestion;
import mx.gob.imss.siade.gestion.LibroGestion;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.web.infra.Mensajes;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Gestión's bitácoras (Anexos 18 and 19): which one, a date range, the cases paged in the database, the exports. */
@Named
@ViewScoped
public class BitacorasGestionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BitacoraGestion bitacora;

    private LibroGestion libro = LibroGestion.ATENCION_TELEFONICA;
    private LocalDate desde;
    private LocalDate hasta;
    private LazyDataModel<BitacoraGestion.Renglon> modelo;

    @PostConstruct
    void iniciar() {
        hasta = LocalDate.now(Tiempo.ZONA_MEXICO);
        desde = hasta.withDayOfMonth(1);
        modelo = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filtros) {
                return (int) Math.min(Integer.MAX_VALUE, bitacora.contar(libro, desde, hasta));
            }

            @Override
            public List<BitacoraGestion.Renglon> load(int primero, int cuantos, Map<String, SortMeta> orden,
                                                                 Map<String, FilterMeta> filtros) {
                return bitacora.pagina(libro, desde, hasta, primero, cuantos);
            }

            @Override
            public String getRowKey(BitacoraGestion.Renglon r) {
                return r.folio();
            }
        };
    }

    public void buscar() {
        if (desde == null || hasta == null || hasta.isBefore(desde)) {
            Mensajes.error("anexo19.fechas");
            LocalDate hoy = LocalDate.now(Tiempo.ZONA_MEXICO);
            desde = hoy.withDayOfMonth(1);
            hasta = hoy;
        }
    }

    /** The address of an export of the range shown. */
    public String exportar(String formato) {
        return "bitacoras-gestion/exportar?libro=" + libro.name() + "&formato=" + formato + "&desde=" + desde + "&hasta="
                + hasta;
    }

    public LazyDataModel<BitacoraGestion.Renglon> getModelo() {
        return modelo;
    }

    public LibroGestion[] getLibros() {
        return LibroGestion.values();
    }

    public LibroGestion getLibro() {
        return libro;
    }

    public void setLibro(LibroGestion libro) {
        this.libro = libro == null ? LibroGestion.ATENCION_TELEFONICA : libro;
    }

    public LocalDate getDesde() {
        return desde;
    }

    public void setDesde(LocalDate desde) {
        this.desde = desde;
    }

    public LocalDate getHasta() {
        return hasta;
    }

    public void setHasta(LocalDate hasta) {
        this.hasta = hasta;
    }
}
