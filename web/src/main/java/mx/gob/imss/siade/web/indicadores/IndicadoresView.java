package mx.gob.imss.siade.web.indicadores;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.gob.imss.siade.catalogos.AreaDac;
import mx.gob.imss.siade.catalogos.CatalogoService;
import mx.gob.imss.siade.indicadores.ContribucionCaso;
import mx.gob.imss.siade.indicadores.Histograma;
import mx.gob.imss.siade.indicadores.IndicadoresService;
import mx.gob.imss.siade.indicadores.Tablero;
import mx.gob.imss.siade.infra.Textos;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.plazos.Semaforo;
import mx.gob.imss.siade.web.infra.Mensajes;
import mx.gob.imss.siade.web.seguridad.SesionView;
import org.primefaces.event.ItemSelectEvent;

/**
 * The indicators dashboard of an área for a period (this month by default): each chart with its table, and a
 * click on a slice, bar or row opens the Bandeja filtered to exactly those cases. Downloads the report; the
 * monthly report by email.
 */
@Named
@ViewScoped
public class IndicadoresView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private IndicadoresService indicadores;

    @Inject
    private CatalogoService catalogos;

    @Inject
    private mx.gob.imss.siade.supervision.AnulacionService anulacionesService;

    @Inject
    private SesionView sesion;

    @Inject
    private Clock reloj;

    private LocalDate desde;
    private LocalDate hasta;
    private Long areaDacId;
    private boolean eligeArea;
    private List<AreaDac> areas;
    private Tablero tablero;
    private boolean reporteMensual;
    private List<mx.gob.imss.siade.supervision.Anulacion> anulaciones;

    @PostConstruct
    void iniciar() {
        LocalDate hoy = LocalDate.now(reloj.withZone(Tiempo.ZONA_MEXICO));
        desde = hoy.withDayOfMonth(1);
        hasta = hoy;
        eligeArea = indicadores.eligeArea();
        areas = eligeArea ? catalogos.areasDac() : List.of();
        reporteMensual = indicadores.recibeReporteMensual();
        actualizar();
    }

    public void actualizar() {
        tablero = indicadores.tablero(desde, hasta, areaDacId);
        anulaciones = anulacionesService.anulaciones(tablero.desde(), tablero.hasta()).stream()
                .filter(a -> tablero.areaDacId() == null || a.area().equals(tablero.area())).toList();
    }

    /** Registrations annulled in the period (of the área shown). */
    public List<mx.gob.imss.siade.supervision.Anulacion> getAnulaciones() {
        return anulaciones;
    }

    public void cambiarReporteMensual() {
        indicadores.recibirReporteMensual(reporteMensual, areaDacId);
        Mensajes.info(reporteMensual ? "indicadores.reporteMensualSi" : "indicadores.reporteMensualNo");
    }

    // ------------------------------------------------------------------ links to the Bandeja

    private String area() {
        return tablero.areaDacId() == null ? "" : "&area=" + tablero.areaDacId();
    }

    private String periodo() {
        return "&desde=" + tablero.desde() + "&hasta=" + tablero.hasta() + "&concluidas=true";
    }

    public String enlaceSemaforo(Semaforo s) {
        return bandeja("semaforo=" + s + area());
    }

    public String enlaceMedio(String medio) {
        return bandeja("medio=" + medio + periodo() + area());
    }

    public String enlaceTramo(Tablero.Tramo tramo, String medio) {
        return bandeja("medio=" + medio + "&desde=" + tramo.desde() + "&hasta=" + tramo.hasta() + "&concluidas=true" + area());
    }

    public String enlaceTipo(String tipo) {
        return ContribucionCaso.SIN_CLASIFICAR.equals(tipo) ? null : bandeja("tipo=" + tipo + periodo() + area());
    }

    public String enlaceUbicacion(String clave) {
        if (clave == null || clave.isEmpty()) {
            return null;
        }
        String[] partes = clave.split(":");
        return bandeja(("OOAD".equals(partes[0]) ? "ooad=" : "umae=") + partes[1] + periodo() + area());
    }

    public String enlaceInstancia(String id) {
        return bandeja("instancia=" + id + periodo() + area());
    }

    public String enlaceConcluidas(String tipo) {
        String filtro = ContribucionCaso.SIN_CLASIFICAR.equals(tipo) ? "" : "tipo=" + tipo + "&";
        return bandeja(filtro + "estado=CONCLUIDA&cdesde=" + tablero.desde() + "&chasta=" + tablero.hasta() + area());
    }

    public String enlaceConsultor(String usuario) {
        return sesion.tiene("SUPERVISOR") || sesion.tiene("JEFE_AREA")
                ? bandeja("consultor=" + URLEncoder.encode(usuario, StandardCharsets.UTF_8)) : null;
    }

    private static String bandeja(String parametros) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/bandeja.xhtml?"
                + parametros;
    }

    private static void ir(String enlace) throws IOException {
        if (enlace != null) {
            FacesContext.getCurrentInstance().getExternalContext().redirect(enlace);
        }
    }

    // ------------------------------------------------------------------ clicks on the charts

    public void alElegirSemaforo(ItemSelectEvent e) throws IOException {
        ir(enlaceSemaforo(Semaforo.values()[e.getItemIndex()]));
    }

    public void alElegirRecepcion(ItemSelectEvent e) throws IOException {
        ir(enlaceTramo(tablero.tramos().get(e.getItemIndex()), getMediosConCasos().get(e.getDataSetIndex())));
    }

    public void alElegirTipo(ItemSelectEvent e) throws IOException {
        ir(enlaceTipo(tablero.recibidasPorTipo().get(e.getItemIndex()).clave()));
    }

    public void alElegirUbicacion(ItemSelectEvent e) throws IOException {
        ir(enlaceUbicacion(getUbicaciones().get(e.getItemIndex()).clave()));
    }

    public void alElegirInstancia(ItemSelectEvent e) throws IOException {
        ir(enlaceInstancia(getInstancias().get(e.getItemIndex()).clave()));
    }

    public void alElegirTiempos(ItemSelectEvent e) throws IOException {
        ir(enlaceConcluidas(List.copyOf(tablero.concluidasPorTipo().keySet()).get(e.getItemIndex())));
    }

    public void alElegirConsultor(ItemSelectEvent e) throws IOException {
        ir(enlaceConsultor(tablero.carga().get(e.getItemIndex()).usuario()));
    }

    // ------------------------------------------------------------------ charts and tables

    public List<String> getMediosConCasos() {
        return tablero.recibidasPorMedio().entrySet().stream().filter(x -> x.getValue() > 0).map(Map.Entry::getKey).toList();
    }

    /** The 10 OOAD/UMAE with most cases (the table lists them all). */
    public List<Tablero.Cuenta> getUbicaciones() {
        return tablero.recibidasPorUbicacion().stream().limit(10).toList();
    }

    public List<Tablero.Cuenta> getInstancias() {
        return tablero.recibidasPorInstancia().stream().limit(10).toList();
    }

    public String getGraficaSemaforo() {
        return GraficasTablero.semaforo(tablero);
    }

    public String getGraficaRecepcion() {
        return GraficasTablero.recepcion(tablero, getMediosConCasos());
    }

    public String getGraficaTipo() {
        return GraficasTablero.cuentas(tablero.recibidasPorTipo(), Mensajes.texto("indicadores.casos"));
    }

    public String getGraficaUbicacion() {
        return GraficasTablero.cuentas(getUbicaciones(), Mensajes.texto("indicadores.casos"));
    }

    public String getGraficaInstancia() {
        return GraficasTablero.cuentas(getInstancias(), Mensajes.texto("indicadores.casos"));
    }

    public String getGraficaTiempos() {
        return GraficasTablero.tiempos(tablero.concluidasPorTipo(), tablero.concluidasPorTipo().keySet().stream()
                .map(this::etiquetaTipo).toList(), Mensajes.texto("indicadores.mediana"), Mensajes.texto("indicadores.p90"));
    }

    public String getGraficaCarga() {
        return GraficasTablero.carga(tablero.carga(), Mensajes.texto("indicadores.abiertas"),
                Mensajes.texto("indicadores.vencidas"));
    }

    public String getGraficaEncuesta() {
        return GraficasTablero.barras(tablero.encuesta().keySet().stream().map(String::valueOf).toList(),
                Mensajes.texto("indicadores.encuestas"), tablero.encuesta().values().stream().mapToLong(Long::longValue)
                        .toArray());
    }

    /** Rows of a time table: label, histogram, link. */
    public record FilaTiempo(String clave, String etiqueta, Histograma h) implements Serializable {
    }

    public List<FilaTiempo> getTiemposPorTipo() {
        return tablero.concluidasPorTipo().entrySet().stream()
                .map(e -> new FilaTiempo(e.getKey(), etiquetaTipo(e.getKey()), e.getValue())).toList();
    }

    public List<FilaTiempo> getTiemposPorInstancia() {
        return tablero.concluidasPorTipoInstancia().entrySet().stream()
                .map(e -> new FilaTiempo(e.getKey(), ContribucionCaso.SIN_DERIVAR.equals(e.getKey())
                        ? Textos.de("indicadores.sinDerivar") : Textos.de("TipoInstancia." + e.getKey()), e.getValue()))
                .toList();
    }

    public String etiquetaTipo(String tipo) {
        return ContribucionCaso.SIN_CLASIFICAR.equals(tipo) ? Textos.de("indicadores.sinClasificar")
                : Textos.de("TipoPeticion." + tipo);
    }

    public String etiquetaMedio(String medio) {
        return Textos.de("MedioCaptacion." + medio);
    }

    public String porcentaje(Double valor) {
        return valor == null ? "—" : String.format(Textos.ES_MX, "%.1f %%", valor);
    }

    public Map<Semaforo, Long> getSemaforo() {
        return new LinkedHashMap<>(tablero.abiertasPorSemaforo());
    }

    public String colorSemaforo(Semaforo s) {
        return GraficasTablero.COLOR_SEMAFORO.get(s);
    }

    /** Query string of the report download for the period and área shown. */
    public String getParametrosReporte() {
        return "desde=" + tablero.desde() + "&hasta=" + tablero.hasta()
                + (tablero.areaDacId() == null ? "" : "&area=" + tablero.areaDacId());
    }

    public Tablero getTablero() {
        return tablero;
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

    public Long getAreaDacId() {
        return areaDacId;
    }

    public void setAreaDacId(Long areaDacId) {
        this.areaDacId = areaDacId;
    }

    public boolean isEligeArea() {
        return eligeArea;
    }

    public List<AreaDac> getAreas() {
        return areas;
    }

    public boolean isReporteMensual() {
        return reporteMensual;
    }

    public void setReporteMensual(boolean reporteMensual) {
        this.reporteMensual = reporteMensual;
    }
}
