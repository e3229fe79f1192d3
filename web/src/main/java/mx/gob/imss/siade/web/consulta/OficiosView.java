package mx.gob.imss.siade.web.consulta;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import mx.gob.imss.siade.consulta.Expediente;
import mx.gob.imss.siade.oficios.Oficio;
import mx.gob.imss.siade.oficios.OficioService;
import mx.gob.imss.siade.oficios.TipoOficio;
import mx.gob.imss.siade.seguridad.AccesoDenegadoException;
import mx.gob.imss.siade.web.infra.Mensajes;
import mx.gob.imss.siade.web.seguridad.SesionView;

/** Expediente panel: draft the oficios that fit the case now, and mark a draft sent. */
@Named
@ViewScoped
public class OficiosView extends PanelExpediente {

    private static final long serialVersionUID = 1L;

    /** The roles that draft oficios (OficioService's). */
    private static final List<String> REDACTAN = List.of("CORRESPONDENCIA", "CONSULTOR", "SUPERVISOR", "JEFE_AREA");

    @EJB
    private OficioService oficios;

    @Inject
    private SesionView sesion;

    private List<TipoOficio> tiposOficio = List.of();
    private TipoOficio tipoOficio;
    private String destinatarioOficio;

    @Override
    protected void alCargar(Expediente expediente) {
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

    public String getDestinatarioOficio() {
        return destinatarioOficio;
    }

    public void setDestinatarioOficio(String destinatarioOficio) {
        this.destinatarioOficio = destinatarioOficio;
    }
}
