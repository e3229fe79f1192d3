package mx.gob.imss.siade.web.auditoria;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import mx.gob.imss.siade.auditoria.AccionAuditada;
import mx.gob.imss.siade.auditoria.AuditoriaService;
import mx.gob.imss.siade.auditoria.RegistroAuditoria;
import mx.gob.imss.siade.auditoria.VerificacionCadenas;
import mx.gob.imss.siade.web.infra.Mensajes;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Who read what: filters, the log paged in the database, exports, and the check of both hash chains. */
@Named
@ViewScoped
public class AuditoriaView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditoriaService auditoria;

    @Inject
    private VerificacionCadenas verificacion;

    private LocalDate desde;
    private LocalDate hasta;
    private String usuario;
    private AccionAuditada accion;
    private String folio;
    private VerificacionCadenas.Resultado verificado;
    private LazyDataModel<RegistroAuditoria> modelo;

    @PostConstruct
    void iniciar() {
        modelo = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filtros) {
                return (int) Math.min(Integer.MAX_VALUE, auditoria.contar(filtro()));
            }

            @Override
            public List<RegistroAuditoria> load(int primero, int cuantos, Map<String, SortMeta> orden,
                                                Map<String, FilterMeta> filtros) {
                return auditoria.pagina(filtro(), primero, cuantos);
            }

            @Override
            public String getRowKey(RegistroAuditoria r) {
                return String.valueOf(r.getId());
            }
        };
    }

    private AuditoriaService.Filtro filtro() {
        return new AuditoriaService.Filtro(desde, hasta, usuario, accion, folio);
    }

    public void buscar() {
        // the table reloads with the new filter
    }

    public void verificar() {
        verificado = verificacion.verificar();
        if (verificado.integra()) {
            Mensajes.info("auditoria.integra", verificado.revisados());
        } else {
            Mensajes.error("auditoria.rota", verificado.tabla(), verificado.id() == null ? "—" : verificado.id(),
                    verificado.folio() == null ? "—" : verificado.folio(),
                    Mensajes.texto("auditoria.motivo." + verificado.motivo()));
        }
    }

    /** The address of an export of what the filter shows. */
    public String exportar(String formato) {
        StringBuilder url = new StringBuilder("auditoria/exportar?formato=").append(formato);
        agregar(url, "desde", desde == null ? null : desde.toString());
        agregar(url, "hasta", hasta == null ? null : hasta.toString());
        agregar(url, "usuario", usuario);
        agregar(url, "accion", accion == null ? null : accion.name());
        agregar(url, "folio", folio);
        return url.toString();
    }

    private static void agregar(StringBuilder url, String nombre, String valor) {
        if (valor != null && !valor.isBlank()) {
            url.append('&').append(nombre).append('=').append(URLEncoder.encode(valor.trim(), StandardCharsets.UTF_8));
        }
    }

    public AccionAuditada[] getAcciones() {
        return AccionAuditada.values();
    }

    public LazyDataModel<RegistroAuditoria> getModelo() {
        return modelo;
    }

    public VerificacionCadenas.Resultado getVerificado() {
        return verificado;
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

    public String getUsuario() {
        return usuario;
    }

    public void setUsuario(String usuario) {
        this.usuario = usuario;
    }

    public AccionAuditada getAccion() {
        return accion;
    }

    public void setAccion(AccionAuditada accion) {
        this.accion = accion;
    }

    public String getFolio() {
        return folio;
    }

    public void setFolio(String folio) {
        this.folio = folio;
    }
}
