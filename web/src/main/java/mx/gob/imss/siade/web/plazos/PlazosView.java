package mx.gob.imss.siade.web.plazos;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import mx.gob.imss.siade.catalogos.DiaInhabil;
import mx.gob.imss.siade.catalogos.OrigenDiaInhabil;
import mx.gob.imss.siade.infra.Textos;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.peticion.MedioCaptacion;
import mx.gob.imss.siade.peticion.TipoPeticion;
import mx.gob.imss.siade.plazos.ConfiguracionPlazosService;
import mx.gob.imss.siade.plazos.PlazoMedioCaptacion;
import mx.gob.imss.siade.plazos.PlazoTipoPeticion;
import mx.gob.imss.siade.web.infra.Mensajes;

/** The administrador's page for the deadlines per tipo and the calendar of días inhábiles. */
@Named
@ViewScoped
public class PlazosView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ConfiguracionPlazosService configuracion;

    private final Map<TipoPeticion, Integer> dias = new EnumMap<>(TipoPeticion.class);
    private final Map<MedioCaptacion, Integer> diasPorMedio = new EnumMap<>(MedioCaptacion.class);
    private int anio = LocalDate.now(Tiempo.ZONA_MEXICO).getYear();
    private List<DiaInhabil> inhabiles;
    private LocalDate fechaNueva;
    private String descripcionNueva;
    private OrigenDiaInhabil origenNuevo = OrigenDiaInhabil.INSTITUCIONAL;

    @PostConstruct
    void iniciar() {
        for (PlazoTipoPeticion plazo : configuracion.plazos()) {
            dias.put(plazo.getTipo(), plazo.getDiasHabiles());
        }
        for (PlazoMedioCaptacion plazo : configuracion.plazosPorMedio()) {
            diasPorMedio.put(plazo.getMedio(), plazo.getDiasHabiles());
        }
        cargarDias();
    }

    public void guardarPlazos() {
        dias.forEach((tipo, valor) -> configuracion.fijarPlazo(tipo, valor == null ? -1 : valor));
        diasPorMedio.forEach((medio, valor) -> configuracion.fijarPlazoMedio(medio, valor == null ? -1 : valor));
        Mensajes.info("plazos.guardados");
    }

    public Map<MedioCaptacion, Integer> getDiasPorMedio() {
        return diasPorMedio;
    }

    public MedioCaptacion[] getMedios() {
        return diasPorMedio.keySet().toArray(MedioCaptacion[]::new);
    }

    /** Next year, when the Institute's own días inhábiles for it are not registered yet; else null. */
    public Integer getAnioSinInstitucionales() {
        int siguiente = LocalDate.now(Tiempo.ZONA_MEXICO).getYear() + 1;
        return configuracion.institucionalesPublicados(siguiente) ? null : siguiente;
    }

    public void cargarDias() {
        inhabiles = configuracion.diasInhabiles(anio);
    }

    public void agregar() {
        configuracion.agregarDiaInhabil(fechaNueva, descripcionNueva, origenNuevo);
        Mensajes.info("plazos.diaAgregado", Textos.fecha(fechaNueva));
        fechaNueva = null;
        descripcionNueva = null;
        cargarDias();
    }

    public void quitar(DiaInhabil dia) {
        configuracion.quitarDiaInhabil(dia.getId());
        Mensajes.info("plazos.diaQuitado", Textos.fecha(dia.getFecha()));
        cargarDias();
    }

    public TipoPeticion[] getTipos() {
        return TipoPeticion.values();
    }

    public OrigenDiaInhabil[] getOrigenes() {
        return OrigenDiaInhabil.values();
    }

    public Map<TipoPeticion, Integer> getDias() {
        return dias;
    }

    public int getAnio() {
        return anio;
    }

    public void setAnio(int anio) {
        this.anio = anio;
    }

    public List<DiaInhabil> getInhabiles() {
        return inhabiles;
    }

    public LocalDate getFechaNueva() {
        return fechaNueva;
    }

    public void setFechaNueva(LocalDate fechaNueva) {
        this.fechaNueva = fechaNueva;
    }

    public String getDescripcionNueva() {
        return descripcionNueva;
    }

    public void setDescripcionNueva(String descripcionNueva) {
        this.descripcionNueva = descripcionNueva;
    }

    public OrigenDiaInhabil getOrigenNuevo() {
        return origenNuevo;
    }

    public void setOrigenNuevo(OrigenDiaInhabil origenNuevo) {
        this.origenNuevo = origenNuevo;
    }
}
