package mx.gob.imss.siade.web.consulta;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
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
import mx.gob.imss.siade.personas.DatoPersonalInvalidoException;
import mx.gob.imss.siade.personas.Nss;
import mx.gob.imss.siade.peticion.EstadoPeticion;
import mx.gob.imss.siade.peticion.TipoPeticion;
import mx.gob.imss.siade.web.infra.Mensajes;
import mx.gob.imss.siade.web.seguridad.SesionView;

/** The Bandeja: the petitions of the user's área, filtered, sorted and paged in the database. */
@Named
@ViewScoped
public class BandejaView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SesionView sesion;

    @Inject
    private BandejaService bandeja;

    @Inject
    private CatalogoService catalogos;

    @Inject
    private mx.gob.imss.siade.firma.PortafirmasService portafirmas;

    @Inject
    private mx.gob.imss.siade.supervision.ReasignacionMasivaService supervision;

    /** Oficios awaiting my rúbrica or signature: the Bandeja points to the portafirmas. */
    private long pendientesDeFirma;

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
    private boolean incluirConcluidas;
    /** «Mis casos»: only the cases assigned to the signed-in consultor (on by default for consultores). */
    private boolean soloMisCasos;
    /** Channel (also set by a link from the indicators). */
    private mx.gob.imss.siade.peticion.MedioCaptacion medio;
    /** Set only by a link from the indicators: derived to this instancia, concluded in these dates. */
    private Long instanciaId;
    private LocalDate concluidaDesde;
    private LocalDate concluidaHasta;
    /** Open cases of one semáforo colour (also set by a link from the indicators). */
    private mx.gob.imss.siade.plazos.Semaforo semaforo;
    /** Supervisors: the cases of one consultor of the área (an absent one's, to reassign them). */
    private String consultor;
    /** Supervisors: the cases received in the last guard shift (5.49), to reassign them. */
    private boolean soloGuardia;
    private mx.gob.imss.siade.supervision.Guardia guardia;
    private List<mx.gob.imss.siade.seguridad.Usuario> consultores;

    /** The filter in force, set by {@link #buscar()}; null after an invalid one: the list is then empty. */
    private FiltroBandeja aplicado;

    @PostConstruct
    void iniciar() {
        ooads = catalogos.ooads();
        umaes = catalogos.umaes();
        areas = catalogos.areasDac();
        todasLasAreas = bandeja.veTodasLasAreas();
        soloMisCasos = sesion.tiene("CONSULTOR");
        aplicado = FiltroBandeja.pendientes(soloMisCasos ? sesion.getUsuario() : null);
        modelo = new BandejaLazyModel((f, primero, cuantos, campo, asc) -> bandeja.buscar(f, primero, cuantos, campo, asc),
                () -> aplicado);
        pendientesDeFirma = sesion.puedeAbrir("PORTAFIRMAS") ? portafirmas.pendientesDeMi() : 0;
        consultores = isSupervisa() ? supervision.consultoresDeMiArea() : List.of();
    }

    /** A link from the indicators (semáforo, área): applies it as the filter. */
    public void alAbrir() {
        if (semaforo != null || areaDacId != null || medio != null || tipo != null || instanciaId != null
                || concluidaDesde != null || desde != null || ooadId != null || umaeId != null || estado != null
                || consultor != null) {
            soloMisCasos = false;
            buscar();
        }
    }

    /** Whether a link from the indicators set filters the form does not show (instancia, conclusion dates). */
    public boolean isFiltroDeIndicador() {
        return instanciaId != null || concluidaDesde != null || concluidaHasta != null;
    }

    /** Supervisors and jefes de área: filter by consultor or guard shift, and reassign. */
    public boolean isSupervisa() {
        return sesion.tiene("SUPERVISOR") || sesion.tiene("JEFE_AREA");
    }

    /** The filter in force (null when the form's was invalid), for an action over all its cases. */
    public FiltroBandeja getAplicado() {
        return aplicado;
    }

    public long getPendientesDeFirma() {
        return pendientesDeFirma;
    }

    /** Applies the form's filter; an invalid one lists nothing (never the previous or the whole list). */
    public void buscar() {
        if (nss != null && !nss.isBlank()) {
            try {
                Nss.de(nss);
            } catch (DatoPersonalInvalidoException e) {
                Mensajes.error(e.clave(), e.argumentos());
                aplicado = null;
                return;
            }
        }
        if (desde != null && hasta != null && hasta.isBefore(desde)) {
            Mensajes.error("bandeja.error.fechas");
            aplicado = null;
            return;
        }
        String deConsultor = soloMisCasos ? sesion.getUsuario()
                : isSupervisa() && consultor != null && !consultor.isBlank() ? consultor : null;
        FiltroBandeja filtro = new FiltroBandeja(folio, nss, estado, tipo, ooadId, umaeId, desde, hasta,
                todasLasAreas ? areaDacId : null, !incluirConcluidas, deConsultor).conSemaforo(semaforo)
                .conIndicador(medio, instanciaId, concluidaDesde, concluidaHasta);
        guardia = null;
        if (soloGuardia && isSupervisa()) {
            guardia = supervision.ultimaGuardia();
            filtro = filtro.conRecepcionEntre(guardia.desde(), guardia.hasta());
        }
        aplicado = filtro;
    }

    /** The guard shift the filter applied, to show its dates (null when not filtering by it). */
    public mx.gob.imss.siade.supervision.Guardia getGuardia() {
        return guardia;
    }

    public mx.gob.imss.siade.plazos.Semaforo[] getSemaforos() {
        return mx.gob.imss.siade.plazos.Semaforo.values();
    }

    public List<mx.gob.imss.siade.seguridad.Usuario> getConsultores() {
        return consultores;
    }

    public mx.gob.imss.siade.peticion.MedioCaptacion[] getMedios() {
        return mx.gob.imss.siade.peticion.MedioCaptacion.values();
    }

    public mx.gob.imss.siade.peticion.MedioCaptacion getMedio() {
        return medio;
    }

    public void setMedio(mx.gob.imss.siade.peticion.MedioCaptacion medio) {
        this.medio = medio;
    }

    public Long getInstanciaId() {
        return instanciaId;
    }

    public void setInstanciaId(Long instanciaId) {
        this.instanciaId = instanciaId;
    }

    public LocalDate getConcluidaDesde() {
        return concluidaDesde;
    }

    public void setConcluidaDesde(LocalDate concluidaDesde) {
        this.concluidaDesde = concluidaDesde;
    }

    public LocalDate getConcluidaHasta() {
        return concluidaHasta;
    }

    public void setConcluidaHasta(LocalDate concluidaHasta) {
        this.concluidaHasta = concluidaHasta;
    }

    public mx.gob.imss.siade.plazos.Semaforo getSemaforo() {
        return semaforo;
    }

    public void setSemaforo(mx.gob.imss.siade.plazos.Semaforo semaforo) {
        this.semaforo = semaforo;
    }

    public String getConsultor() {
        return consultor;
    }

    public void setConsultor(String consultor) {
        this.consultor = consultor;
    }

    public boolean isSoloGuardia() {
        return soloGuardia;
    }

    public void setSoloGuardia(boolean soloGuardia) {
        this.soloGuardia = soloGuardia;
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
        incluirConcluidas = false;
        semaforo = null;
        medio = null;
        instanciaId = null;
        concluidaDesde = null;
        concluidaHasta = null;
        consultor = null;
        soloGuardia = false;
        guardia = null;
        aplicado = FiltroBandeja.pendientes(soloMisCasos ? sesion.getUsuario() : null);
    }

    public boolean isSoloMisCasos() {
        return soloMisCasos;
    }

    public void setSoloMisCasos(boolean soloMisCasos) {
        this.soloMisCasos = soloMisCasos;
    }

    public boolean isPuedeVerMisCasos() {
        return sesion.tiene("CONSULTOR");
    }

    public boolean isIncluirConcluidas() {
        return incluirConcluidas;
    }

    public void setIncluirConcluidas(boolean incluirConcluidas) {
        this.incluirConcluidas = incluirConcluidas;
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
