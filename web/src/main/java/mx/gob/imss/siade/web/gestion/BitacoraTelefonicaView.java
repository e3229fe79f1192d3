package mx.gob.imss.siade.web.gestion;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import mx.gob.imss.siade.gestion.BitacoraAtencionTelefonica;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.web.infra.Mensajes;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The Anexo 19 screen: a date range, the cases paged in the database, and the exports of that range. */
@Named
@ViewScoped
public class BitacoraTelefonicaView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private BitacoraAtencionTelefonica bitacora;

    private LocalDate desde;
    private LocalDate hasta;
    private LazyDataModel<BitacoraAtencionTelefonica.Renglon> modelo;

    @PostConstruct
    void iniciar() {
        hasta = LocalDate.now(Tiempo.ZONA_MEXICO);
        desde = hasta.withDayOfMonth(1);
        modelo = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filtros) {
                return (int) Math.min(Integer.MAX_VALUE, bitacora.contar(desde, hasta));
            }

            @Override
            public List<BitacoraAtencionTelefonica.Renglon> load(int primero, int cuantos, Map<String, SortMeta> orden,
                                                                 Map<String, FilterMeta> filtros) {
                return bitacora.pagina(desde, hasta, primero, cuantos);
            }

            @Override
            public String getRowKey(BitacoraAtencionTelefonica.Renglon r) {
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
        return "atencion-telefonica/exportar?formato=" + formato + "&desde=" + desde + "&hasta=" + hasta;
    }

    public LazyDataModel<BitacoraAtencionTelefonica.Renglon> getModelo() {
        return modelo;
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
