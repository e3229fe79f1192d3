package mx.gob.imss.siade.web.supervision;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import mx.gob.imss.siade.catalogos.AreaDac;
import mx.gob.imss.siade.consulta.BandejaService;
import mx.gob.imss.siade.consulta.FilaBandeja;
import mx.gob.imss.siade.consulta.FiltroBandeja;
import mx.gob.imss.siade.seguridad.Usuario;
import mx.gob.imss.siade.supervision.CasoVisto;
import mx.gob.imss.siade.supervision.ReasignacionMasivaService;
import mx.gob.imss.siade.supervision.ResultadoReasignacion;
import mx.gob.imss.siade.web.consulta.BandejaView;
import mx.gob.imss.siade.web.infra.Mensajes;
import mx.gob.imss.siade.web.seguridad.SesionView;

/**
 * The Bandeja's reassignment panel: a supervisor or jefe de área gives the cases marked in the list, or
 * every case of the filter (an absent consultor's, the last guard's), to another consultor or área in
 * one step with one reason. Cases changed meanwhile are listed with the reason, not overwritten.
 */
@Named
@ViewScoped
public class ReasignacionView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A case left as it was, with the reason in words. */
    public record Conflicto(String folio, String motivo) implements Serializable {
    }

    @Inject
    private ReasignacionMasivaService servicio;

    @Inject
    private BandejaService bandeja;

    @Inject
    private BandejaView bandejaView;

    @Inject
    private SesionView sesion;

    private List<FilaBandeja> seleccion = new ArrayList<>();
    private boolean todasDelFiltro;
    private List<AreaDac> areas = List.of();
    private Long areaDestinoId;
    private List<Usuario> consultores;
    private String consultor;
    private String motivo;
    private List<Conflicto> conflictos = List.of();

    @PostConstruct
    void iniciar() {
        if (isVisible()) {
            areas = servicio.areas();
            areaDestinoId = servicio.miArea();
        }
    }

    public boolean isVisible() {
        return sesion.tiene("SUPERVISOR") || sesion.tiene("JEFE_AREA");
    }

    /** The área changed: its consultores are read again and the chosen one cleared. */
    public void cambiarArea() {
        consultores = null;
        consultor = null;
    }

    public void reasignar() {
        List<CasoVisto> casos;
        if (todasDelFiltro) {
            FiltroBandeja aplicado = bandejaView.getAplicado();
            casos = aplicado == null ? List.of() : bandeja.todas(aplicado, ReasignacionMasivaService.MAXIMO_CASOS)
                    .stream().map(f -> new CasoVisto(f.folio(), f.version())).toList();
        } else {
            casos = seleccion.stream().map(f -> new CasoVisto(f.folio(), f.version())).toList();
        }
        ResultadoReasignacion resultado = servicio.reasignar(casos, areaDestinoId, consultor, motivo);
        conflictos = resultado.conflictos().stream()
                .map(c -> new Conflicto(c.folio(), Mensajes.texto(c.clave(), c.argumentos().toArray())))
                .toList();
        if (!resultado.reasignados().isEmpty()) {
            Mensajes.info("reasignacion.hecha", resultado.reasignados().size());
        }
        if (!conflictos.isEmpty()) {
            Mensajes.error("reasignacion.conflictos", conflictos.size());
        }
        seleccion = new ArrayList<>();
        motivo = null;
    }

    public List<Usuario> getConsultores() {
        if (consultores == null) {
            consultores = areaDestinoId == null ? List.of() : servicio.consultoresDe(areaDestinoId);
        }
        return consultores;
    }

    public List<FilaBandeja> getSeleccion() {
        return seleccion;
    }

    public void setSeleccion(List<FilaBandeja> seleccion) {
        this.seleccion = seleccion == null ? new ArrayList<>() : new ArrayList<>(seleccion);
    }

    public boolean isTodasDelFiltro() {
        return todasDelFiltro;
    }

    public void setTodasDelFiltro(boolean todasDelFiltro) {
        this.todasDelFiltro = todasDelFiltro;
    }

    public List<AreaDac> getAreas() {
        return areas;
    }

    public Long getAreaDestinoId() {
        return areaDestinoId;
    }

    public void setAreaDestinoId(Long areaDestinoId) {
        this.areaDestinoId = areaDestinoId;
    }

    public String getConsultor() {
        return consultor;
    }

    public void setConsultor(String consultor) {
        this.consultor = consultor;
    }

    public String getMotivo() {
        return motivo;
    }

    public void setMotivo(String motivo) {
        this.motivo = motivo;
    }

    public List<Conflicto> getConflictos() {
        return conflictos;
    }

    public int getMaximo() {
        return ReasignacionMasivaService.MAXIMO_CASOS;
    }
}
