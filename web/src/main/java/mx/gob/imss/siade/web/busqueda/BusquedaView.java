package mx.gob.imss.siade.web.busqueda;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import mx.gob.imss.siade.busqueda.BusquedaService;
import mx.gob.imss.siade.busqueda.CriteriosBusqueda;
import mx.gob.imss.siade.busqueda.OrdenBusqueda;
import mx.gob.imss.siade.busqueda.ResultadoBusqueda;
import mx.gob.imss.siade.catalogos.AreaDac;
import mx.gob.imss.siade.catalogos.CatalogoService;
import mx.gob.imss.siade.catalogos.Instancia;
import mx.gob.imss.siade.catalogos.Ooad;
import mx.gob.imss.siade.catalogos.Umae;
import mx.gob.imss.siade.infra.ReglaNegocioException;
import mx.gob.imss.siade.peticion.EstadoPeticion;
import mx.gob.imss.siade.peticion.MedioCaptacion;
import mx.gob.imss.siade.peticion.TipoPeticion;
import mx.gob.imss.siade.web.infra.Mensajes;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The search screen: criteria, ranked results paged through the index, facets that narrow the search. */
@Named
@ViewScoped
public class BusquedaView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BusquedaService busqueda;

    @Inject
    private CatalogoService catalogos;

    private List<Ooad> ooads;
    private List<Umae> umaes;
    private List<AreaDac> areas;
    private List<Instancia> instancias;
    private String folio;
    private String nss;
    private String curp;
    private String nombre;
    private String texto;
    private LocalDate recepcionDesde;
    private LocalDate recepcionHasta;
    private LocalDate conclusionDesde;
    private LocalDate conclusionHasta;
    private EstadoPeticion estado;
    private TipoPeticion tipo;
    private MedioCaptacion medio;
    private Long ooadId;
    private Long umaeId;
    private Long instanciaId;
    private Long areaDacId;
    private OrdenBusqueda orden = OrdenBusqueda.RELEVANCIA;
    private boolean buscado;
    private ResultadoBusqueda ultimo;
    private LazyDataModel<ResultadoBusqueda.Fila> modelo;

    @PostConstruct
    void iniciar() {
        ooads = catalogos.ooads();
        umaes = catalogos.umaes();
        areas = catalogos.areasDac();
        instancias = catalogos.instancias();
        modelo = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filtros) {
                return ultimo == null ? 0 : (int) Math.min(ultimo.total(), BusquedaService.PROFUNDIDAD_MAXIMA);
            }

            @Override
            public List<ResultadoBusqueda.Fila> load(int primero, int cuantos, Map<String, SortMeta> ordenar,
                                                     Map<String, FilterMeta> filtros) {
                if (!buscado) {
                    return List.of();
                }
                try {
                    ultimo = busqueda.buscar(criterios(), primero, cuantos, orden);
                } catch (ReglaNegocioException e) {
                    Mensajes.error(e.clave(), e.argumentos());
                    ultimo = null;
                    setRowCount(0);
                    return List.of();
                }
                setRowCount((int) Math.min(ultimo.total(), BusquedaService.PROFUNDIDAD_MAXIMA));
                return ultimo.filas();
            }

            @Override
            public String getRowKey(ResultadoBusqueda.Fila fila) {
                return fila.folio();
            }
        };
    }

    private CriteriosBusqueda criterios() {
        return new CriteriosBusqueda(folio, nss, curp, nombre, texto, recepcionDesde, recepcionHasta, conclusionDesde,
                conclusionHasta, estado, tipo, medio, ooadId, umaeId, instanciaId, areaDacId);
    }

    public void buscar() {
        buscado = true;
    }

    public void limpiar() {
        folio = nss = curp = nombre = texto = null;
        recepcionDesde = recepcionHasta = conclusionDesde = conclusionHasta = null;
        estado = null;
        tipo = null;
        medio = null;
        ooadId = umaeId = instanciaId = areaDacId = null;
        buscado = false;
        ultimo = null;
    }

    /** A click on a facet narrows the search to that value. */
    public void filtrar(String dimension, String valor) {
        switch (dimension) {
            case "estado" -> estado = EstadoPeticion.valueOf(valor);
            case "tipo" -> tipo = "SIN_CLASIFICAR".equals(valor) ? null : TipoPeticion.valueOf(valor);
            case "anio" -> {
                int anio = Integer.parseInt(valor);
                recepcionDesde = LocalDate.of(anio, 1, 1);
                recepcionHasta = LocalDate.of(anio, 12, 31);
            }
            case "ooad" -> {
                if (valor.startsWith("O:")) {
                    ooadId = Long.valueOf(valor.substring(2));
                } else if (valor.startsWith("U:")) {
                    umaeId = Long.valueOf(valor.substring(2));
                }
            }
            default -> { }
        }
        buscado = true;
    }

    public List<String> getDimensiones() {
        return List.of("estado", "tipo", "ooad", "anio");
    }

    public List<ResultadoBusqueda.Faceta> faceta(String dimension) {
        return ultimo == null ? List.of() : ultimo.facetas().getOrDefault(dimension, List.of());
    }

    public long getTotal() {
        return ultimo == null ? 0 : ultimo.total();
    }

    public boolean isBuscado() {
        return buscado;
    }

    public LazyDataModel<ResultadoBusqueda.Fila> getModelo() {
        return modelo;
    }

    public EstadoPeticion[] getEstados() {
        return EstadoPeticion.values();
    }

    public TipoPeticion[] getTipos() {
        return TipoPeticion.values();
    }

    public MedioCaptacion[] getMedios() {
        return MedioCaptacion.values();
    }

    public OrdenBusqueda[] getOrdenes() {
        return OrdenBusqueda.values();
    }

    public List<Ooad> getOoads() {
        return ooads;
    }

    public List<Umae> getUmaes() {
        return umaes;
    }

    public List<AreaDac> getAreas() {
        return areas;
    }

    public List<Instancia> getInstancias() {
        return instancias;
    }

    public String getFolio() {
        return folio;
    }

    public void setFolio(String folio) {
        this.folio = folio;
    }

    public String getNss() {
        return nss;
    }

    public void setNss(String nss) {
        this.nss = nss;
    }

    public String getCurp() {
        return curp;
    }

    public void setCurp(String curp) {
        this.curp = curp;
    }

    public String getNombre() {
        return nombre;
    }

    public void setNombre(String nombre) {
        this.nombre = nombre;
    }

    public String getTexto() {
        return texto;
    }

    public void setTexto(String texto) {
        this.texto = texto;
    }

    public LocalDate getRecepcionDesde() {
        return recepcionDesde;
    }

    public void setRecepcionDesde(LocalDate v) {
        this.recepcionDesde = v;
    }

    public LocalDate getRecepcionHasta() {
        return recepcionHasta;
    }

    public void setRecepcionHasta(LocalDate v) {
        this.recepcionHasta = v;
    }

    public LocalDate getConclusionDesde() {
        return conclusionDesde;
    }

    public void setConclusionDesde(LocalDate v) {
        this.conclusionDesde = v;
    }

    public LocalDate getConclusionHasta() {
        return conclusionHasta;
    }

    public void setConclusionHasta(LocalDate v) {
        this.conclusionHasta = v;
    }

    public EstadoPeticion getEstado() {
        return estado;
    }

    public void setEstado(EstadoPeticion estado) {
        this.estado = estado;
    }

    public TipoPeticion getTipo() {
        return tipo;
    }

    public void setTipo(TipoPeticion tipo) {
        this.tipo = tipo;
    }

    public MedioCaptacion getMedio() {
        return medio;
    }

    public void setMedio(MedioCaptacion medio) {
        this.medio = medio;
    }

    public Long getOoadId() {
        return ooadId;
    }

    public void setOoadId(Long ooadId) {
        this.ooadId = ooadId;
    }

    public Long getUmaeId() {
        return umaeId;
    }

    public void setUmaeId(Long umaeId) {
        this.umaeId = umaeId;
    }

    public Long getInstanciaId() {
        return instanciaId;
    }

    public void setInstanciaId(Long instanciaId) {
        this.instanciaId = instanciaId;
    }

    public Long getAreaDacId() {
        return areaDacId;
    }

    public void setAreaDacId(Long areaDacId) {
        this.areaDacId = areaDacId;
    }

    public OrdenBusqueda getOrden() {
        return orden;
    }

    public void setOrden(OrdenBusqueda orden) {
        this.orden = orden == null ? OrdenBusqueda.RELEVANCIA : orden;
    }
}
