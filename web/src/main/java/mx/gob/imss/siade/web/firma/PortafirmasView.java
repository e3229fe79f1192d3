package mx.gob.imss.siade.web.firma;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mx.gob.imss.siade.firma.PortafirmasService;
import mx.gob.imss.siade.oficios.Oficio;
import mx.gob.imss.siade.oficios.RubricaService;
import mx.gob.imss.siade.web.infra.Mensajes;
import mx.gob.imss.siade.web.seguridad.SesionView;

/** The portafirmas: rúbricas and signatures that await me, batch signing with progress and outcomes. */
@Named
@ViewScoped
public class PortafirmasView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> FIRMAN = List.of("TITULAR_DAC", "TITULAR_CAO", "JEFE_AREA", "SUPERVISOR");

    @Inject
    private PortafirmasService portafirmas;

    @Inject
    private RubricaService rubricas;

    @Inject
    private CredencialView credencial;

    @Inject
    private SesionView sesion;

    private List<Oficio> porRubricar = List.of();
    private List<PortafirmasService.PorFirmar> porFirmar = List.of();
    private List<PortafirmasService.PorFirmar> seleccionados = new ArrayList<>();
    private List<PortafirmasService.Resultado> resultados = List.of();
    private String filtro;
    private String observacion;
    private final AtomicInteger hechos = new AtomicInteger();
    private int total;

    @PostConstruct
    void cargar() {
        porRubricar = portafirmas.porRubricar();
        porFirmar = FIRMAN.stream().anyMatch(sesion::tiene) ? portafirmas.porFirmar() : List.of();
        seleccionados = new ArrayList<>();
    }

    public void rubricar(long idOficio) {
        Oficio oficio = rubricas.rubricar(idOficio);
        Mensajes.info("portafirmas.rubricado", oficio.getFolioOficio());
        cargar();
    }

    public void devolver(long idOficio) {
        Oficio oficio = rubricas.devolver(idOficio, observacion);
        Mensajes.info("portafirmas.devuelto", oficio.getFolioOficio());
        observacion = null;
        cargar();
    }

    /** Signs the selected oficios with the e.firma given in this request. */
    public void firmar() {
        if (seleccionados.isEmpty()) {
            Mensajes.error("portafirmas.nadaSeleccionado");
            return;
        }
        if (credencial.cerBytes() == null || credencial.keyBytes() == null) {
            Mensajes.error("portafirmas.faltanArchivos");
            return;
        }
        List<Long> ids = seleccionados.stream().map(p -> p.oficio().getId()).toList();
        total = ids.size();
        hechos.set(0);
        try {
            resultados = portafirmas.firmarLote(ids, credencial.cerBytes(), credencial.keyBytes(), credencial.contrasena(),
                    hechos::set);
        } finally {
            credencial.olvidar();
        }
        long firmados = resultados.stream().filter(PortafirmasService.Resultado::firmado).count();
        if (firmados == resultados.size()) {
            Mensajes.info("portafirmas.loteFirmado", firmados);
        } else {
            Mensajes.error("portafirmas.loteParcial", firmados, resultados.size() - firmados);
        }
        cargar();
    }

    /** The outcome of an oficio of the batch, in Spanish. */
    public String explicacion(PortafirmasService.Resultado r) {
        return Mensajes.texto(r.clave(), r.argumentos().toArray());
    }

    /** Percentage of the batch signed so far (the progress bar polls it). */
    public int getAvance() {
        return total == 0 ? 0 : Math.min(100, hechos.get() * 100 / total);
    }

    public List<Oficio> getPorRubricar() {
        return porRubricar;
    }

    public List<PortafirmasService.PorFirmar> getPorFirmar() {
        if (filtro == null || filtro.isBlank()) {
            return porFirmar;
        }
        String f = filtro.trim().toLowerCase(java.util.Locale.ROOT);
        return porFirmar.stream().filter(p -> p.oficio().getFolioOficio().toLowerCase(java.util.Locale.ROOT).contains(f)
                || p.oficio().getPeticion().getFolio().toLowerCase(java.util.Locale.ROOT).contains(f)
                || mx.gob.imss.siade.infra.Textos.etiqueta(p.oficio().getTipo()).toLowerCase(java.util.Locale.ROOT).contains(f))
                .toList();
    }

    public boolean isFirmante() {
        return FIRMAN.stream().anyMatch(sesion::tiene);
    }

    public List<PortafirmasService.PorFirmar> getSeleccionados() {
        return seleccionados;
    }

    public void setSeleccionados(List<PortafirmasService.PorFirmar> seleccionados) {
        this.seleccionados = seleccionados == null ? new ArrayList<>() : new ArrayList<>(seleccionados);
    }

    public List<PortafirmasService.Resultado> getResultados() {
        return resultados;
    }

    public String getFiltro() {
        return filtro;
    }

    public void setFiltro(String filtro) {
        this.filtro = filtro;
    }

    public String getObservacion() {
        return observacion;
    }

    public void setObservacion(String observacion) {
        this.observacion = observacion;
    }
}
