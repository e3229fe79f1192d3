package mx.gob.imss.siade.web.consulta;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import mx.gob.imss.siade.catalogos.AreaDac;
import mx.gob.imss.siade.catalogos.CatalogoService;
import mx.gob.imss.siade.catalogos.Ooad;
import mx.gob.imss.siade.catalogos.Umae;
import mx.gob.imss.siade.consulta.BandejaService;
import mx.gob.imss.siade.consulta.FiltroBandeja;
import mx.gob.imss.siade.personas.Nss;
import mx.gob.imss.siade.peticion.EstadoPeticion;
import mx.gob.imss.siade.peticion.TipoPeticion;
import mx.gob.imss.siade.web.infra.Mensajes;

/** The Bandeja: the petitions of the user's área, filtered, sorted and paged in the database. */
@Named
@ViewScoped
public class BandejaView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private BandejaService bandeja;

    @EJB
    private CatalogoService catalogos;

    private BandejaLazyModel modelo;
    private List<Ooad> ooads;
    private List<Umae> umaes;
    private List<AreaDac> areas;
    private boolean todasLasAreas;

    private String folio;
    private String nss;
    private EstadoPeticion estado;
    private TipoPeticion tipo;
    private Long ooadId;
    private Long umaeId;
    private Long areaDacId;
    private LocalDate desde;
    private LocalDate hasta;

    /** The filter in force: changed only by {@link #buscar()} once the form is valid. */
    private FiltroBandeja aplicado = FiltroBandeja.vacio();

    @PostConstruct
    void iniciar() {
        ooads = catalogos.ooads();
        umaes = catalogos.umaes();
        areas = catalogos.areasDac();
        todasLasAreas = bandeja.veTodasLasAreas();
        modelo = new BandejaLazyModel(bandeja, () -> aplicado);
    }

    public void buscar() {
        if (nss != null && !nss.isBlank()) {
            Nss.de(nss);
        }
        if (desde != null && hasta != null && hasta.isBefore(desde)) {
            Mensajes.error("bandeja.error.fechas");
            return;
        }
        aplicado = new FiltroBandeja(folio, nss, estado, tipo, ooadId, umaeId, desde, hasta,
                todasLasAreas ? areaDacId : null);
    }

    public void limpiar() {
        folio = null;
        nss = null;
        estado = null;
        tipo = null;
        ooadId = null;
        umaeId = null;
        areaDacId = null;
        desde = null;
        hasta = null;
        aplicado = FiltroBandeja.vacio();
    }

    public EstadoPeticion[] getEstados() {
        return EstadoPeticion.values();
    }

    public TipoPeticion[] getTipos() {
        return TipoPeticion.values();
    }

    public BandejaLazyModel getModelo() {
        return modelo;
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

    public boolean isTodasLasAreas() {
        return todasLasAreas;
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

    public Long getAreaDacId() {
        return areaDacId;
    }

    public void setAreaDacId(Long areaDacId) {
        this.areaDacId = areaDacId;
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
