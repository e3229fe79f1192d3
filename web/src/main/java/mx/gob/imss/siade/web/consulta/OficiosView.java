package mx.gob.imss.siade.web.consulta;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import mx.gob.imss.siade.consulta.Expediente;
import mx.gob.imss.siade.oficios.Oficio;
import mx.gob.imss.siade.oficios.OficioService;
import mx.gob.imss.siade.oficios.Rubrica;
import mx.gob.imss.siade.oficios.RubricaService;
import mx.gob.imss.siade.oficios.TipoOficio;
import mx.gob.imss.siade.oficios.VersionOficio;
import mx.gob.imss.siade.seguridad.AccesoDenegadoException;
import mx.gob.imss.siade.web.infra.Mensajes;
import mx.gob.imss.siade.web.seguridad.SesionView;

/**
 * Expediente panel: draft the oficios that fit the case now, rewrite a draft (earlier versions kept),
 * turn it to rúbrica, see its rúbricas and versions, and mark a signed oficio sent.
 */
@Named
@ViewScoped
public class OficiosView extends PanelExpediente {

    private static final long serialVersionUID = 1L;

    /** The roles that draft oficios (OficioService's). */
    private static final List<String> REDACTAN = List.of("CORRESPONDENCIA", "CONSULTOR", "SUPERVISOR", "JEFE_AREA");

    @Inject
    private OficioService oficios;

    @Inject
    private SesionView sesion;

    @Inject
    private RubricaService rubricas;

    private final java.util.Map<Long, List<Rubrica>> historial = new java.util.HashMap<>();
    private final java.util.Map<Long, List<VersionOficio>> versiones = new java.util.HashMap<>();
    private Long editando;
    private String asuntoEditado;
    private String cuerpoEditado;
    private List<TipoOficio> tiposOficio = List.of();
    private TipoOficio tipoOficio;
    private String destinatarioOficio;

    @Override
    protected void alCargar(Expediente expediente) {
        historial.clear();
        versiones.clear();
        if (!REDACTAN.stream().anyMatch(sesion::tiene)) {
            tiposOficio = List.of(); // readers (titulares, jurídico, administrador) draft nothing
            tipoOficio = null;
            return;
        }
        try {
            tiposOficio = oficios.tiposRedactables(expediente.peticion().getFolio());
        } catch (EJBAccessException | AccesoDenegadoException e) {
            tiposOficio = List.of(); // readers who draft nothing
        }
        tipoOficio = tiposOficio.isEmpty() ? null : tiposOficio.get(0);
    }

    public void redactarOficio() {
        Oficio oficio = oficios.redactar(folio(), tipoOficio, destinatarioOficio);
        Mensajes.info("expediente.oficioRedactado", oficio.getFolioOficio());
        destinatarioOficio = null;
        recargar();
    }

    /** Turns a draft to rúbrica; the chain (who initials, who signs) is built by the rules, not here. */
    public void turnarARubrica(Long idOficio) {
        Oficio oficio = rubricas.turnarARubrica(idOficio);
        Mensajes.info("expediente.oficioTurnado", oficio.getFolioOficio());
        recargar();
    }

    /** Opens the editor with the draft's current text. */
    public void editar(Oficio oficio) {
        editando = oficio.getId();
        asuntoEditado = oficio.getAsunto();
        cuerpoEditado = oficio.getCuerpo();
    }

    public void guardarTexto() {
        Oficio oficio = rubricas.reescribir(editando, asuntoEditado, cuerpoEditado);
        Mensajes.info("expediente.oficioReescrito", oficio.getFolioOficio(), oficio.getVersionTexto());
        editando = null;
        recargar();
    }

    /** Rúbricas of every round and earlier versions, for the oficio's history row. */
    public List<Rubrica> rubricasDe(Long idOficio) {
        return historial.computeIfAbsent(idOficio, id -> rubricas.rubricas(id));
    }

    public List<VersionOficio> versionesDe(Long idOficio) {
        return versiones.computeIfAbsent(idOficio, id -> rubricas.versiones(id));
    }

    public void marcarOficioEnviado(Long idOficio) {
        Oficio oficio = oficios.marcarEnviado(idOficio);
        Mensajes.info("expediente.oficioEnviado", oficio.getFolioOficio());
        recargar();
    }

    /** The oficios that fit the case now (the service decides); the first is preselected. */
    public List<TipoOficio> getTiposOficio() {
        return tiposOficio;
    }

    public TipoOficio getTipoOficio() {
        return tipoOficio;
    }

    public void setTipoOficio(TipoOficio tipoOficio) {
        this.tipoOficio = tipoOficio;
    }

    public Long getEditando() {
        return editando;
    }

    public String getAsuntoEditado() {
        return asuntoEditado;
    }

    public void setAsuntoEditado(String asuntoEditado) {
        this.asuntoEditado = asuntoEditado;
    }

    public String getCuerpoEditado() {
        return cuerpoEditado;
    }

    public void setCuerpoEditado(String cuerpoEditado) {
        this.cuerpoEditado = cuerpoEditado;
    }

    public String getDestinatarioOficio() {
        return destinatarioOficio;
    }

    public void setDestinatarioOficio(String destinatarioOficio) {
        this.destinatarioOficio = destinatarioOficio;
    }
}
