package mx.gob.imss.siade.web.gestion;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import mx.gob.imss.siade.consulta.Expediente;
import mx.gob.imss.siade.gestion.AreaInstitucional;
import mx.gob.imss.siade.gestion.Escalamiento;
import mx.gob.imss.siade.gestion.EscalamientoService;
import mx.gob.imss.siade.web.consulta.PanelExpediente;
import mx.gob.imss.siade.web.infra.Mensajes;
import mx.gob.imss.siade.web.seguridad.SesionView;

/**
 * Expediente panel of Gestión's cases: contact the responsible institutional área (level 1), escalate to
 * the next level, record the área's solution (act. 30–31); and the levels the case reached, for its tab.
 */
@Named
@ViewScoped
public class EscalamientoView extends PanelExpediente {

    private static final long serialVersionUID = 1L;

    @Inject
    private EscalamientoService escalamientos;

    @Inject
    private SesionView sesion;

    private List<Escalamiento> niveles = List.of();
    private List<AreaInstitucional> areas;
    private Long areaId;
    private String nota;
    private String solucion;

    @Override
    protected void alCargar(Expediente expediente) {
        niveles = esGestion(expediente) ? escalamientos.deCaso(expediente.peticion().getFolio()) : List.of();
        nota = null;
        solucion = null;
    }

    private static boolean esGestion(Expediente expediente) {
        return expediente.peticion().getAreaDac().esGestion();
    }

    public void contactar() {
        Escalamiento e = escalamientos.contactar(folio(), areaId == null ? -1 : areaId, nota, version());
        Mensajes.info("escalamientoCaso.contactado", e.getCargo(), mx.gob.imss.siade.infra.Textos.fechaLarga(e.getFechaLimite()));
        recargar();
    }

    public void escalar() {
        Escalamiento e = escalamientos.escalar(folio(), nota, version());
        Mensajes.info("escalamientoCaso.escalado", e.getNivel(), e.getCargo(),
                mx.gob.imss.siade.infra.Textos.fechaLarga(e.getFechaLimite()));
        recargar();
    }

    public void registrarSolucion() {
        escalamientos.registrarSolucion(folio(), solucion, version());
        Mensajes.info("escalamientoCaso.resuelto");
        recargar();
    }

    /** Gestión's pending cases, for those who work them. */
    public boolean isDisponible() {
        return expediente() != null && esGestion(expediente()) && peticion().getEstado().esPendiente()
                && vista().isTieneAcciones()
                && sesion.isTrabajaCasos();
    }

    public boolean isConNivelAbierto() {
        return niveles.stream().anyMatch(Escalamiento::isAbierto);
    }

    public boolean isGestion() {
        return expediente() != null && esGestion(expediente());
    }

    public List<Escalamiento> getNiveles() {
        return niveles;
    }

    public List<AreaInstitucional> getAreas() {
        if (areas == null) {
            areas = escalamientos.areas();
        }
        return areas;
    }

    public Long getAreaId() {
        return areaId;
    }

    public void setAreaId(Long areaId) {
        this.areaId = areaId;
    }

    public String getNota() {
        return nota;
    }

    public void setNota(String nota) {
        this.nota = nota;
    }

    public String getSolucion() {
        return solucion;
    }

    public void setSolucion(String solucion) {
        this.solucion = solucion;
    }
}
