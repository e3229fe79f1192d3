package mx.gob.imss.siade.web.catalogos;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import mx.gob.imss.siade.catalogos.AdministracionCatalogosService;
import mx.gob.imss.siade.catalogos.Catalogo;
import mx.gob.imss.siade.catalogos.CatalogoService;
import mx.gob.imss.siade.catalogos.DatosCatalogo;
import mx.gob.imss.siade.catalogos.FilaCatalogo;
import mx.gob.imss.siade.catalogos.TipoInstancia;
import mx.gob.imss.siade.seguridad.EventoSeguridad;
import mx.gob.imss.siade.web.infra.Mensajes;

/**
 * The administrador's catalogues: choose one, list its rows (active and not), create or correct a row in
 * the form, deactivate or reactivate it; the latest changes with who and when below.
 */
@Named
@ViewScoped
public class CatalogosView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CAMBIOS = 50;

    @Inject
    private AdministracionCatalogosService administracion;

    @Inject
    private CatalogoService catalogos;

    private Catalogo catalogo = Catalogo.INSTANCIA;
    private List<FilaCatalogo> filas;
    private List<EventoSeguridad> cambios;

    /** The row in the form; null: a new one. */
    private Long id;
    private String clave;
    private String nombre;
    private String correo;
    private String entidad;
    private TipoInstancia tipoInstancia;
    private Long referenciaId;

    @PostConstruct
    void cargar() {
        filas = administracion.filas(catalogo);
        cambios = administracion.cambiosRecientes(CAMBIOS);
    }

    public void cambiarCatalogo() {
        nuevo();
        cargar();
    }

    public void nuevo() {
        id = null;
        clave = null;
        nombre = null;
        correo = null;
        entidad = null;
        tipoInstancia = null;
        referenciaId = null;
    }

    public void editar(FilaCatalogo fila) {
        id = fila.id();
        clave = fila.clave();
        nombre = fila.nombre();
        correo = fila.correo();
        entidad = fila.detalle();
        tipoInstancia = fila.tipoInstancia();
        referenciaId = fila.referenciaId();
    }

    public void guardar() {
        FilaCatalogo guardada = administracion.guardar(catalogo, id,
                new DatosCatalogo(clave, nombre, correo, entidad, tipoInstancia, referenciaId));
        Mensajes.info(id == null ? "catalogos.creado" : "catalogos.guardado", guardada.nombre());
        editar(guardada);
        cargar();
    }

    public void activar(FilaCatalogo fila, boolean activa) {
        FilaCatalogo cambiada = administracion.activar(catalogo, fila.id(), activa);
        Mensajes.info(activa ? "catalogos.reactivado" : "catalogos.desactivado", cambiada.nombre());
        cargar();
    }

    /** What a new instancia of the chosen kind belongs to. */
    public List<SelectItem> getReferencias() {
        if (tipoInstancia == null) {
            return List.of();
        }
        return switch (tipoInstancia) {
            case CDAOD -> catalogos.ooads().stream().map(o -> new SelectItem(o.getId(), o.getNombre())).toList();
            case JDAOD -> catalogos.umaes().stream().map(u -> new SelectItem(u.getId(), u.getNombre())).toList();
            case ORGANO_NORMATIVO -> catalogos.organosNormativos().stream()
                    .map(o -> new SelectItem(o.getId(), o.getNombre())).toList();
            case AREA_DAC -> catalogos.areasDac().stream().map(a -> new SelectItem(a.getId(), a.getNombre())).toList();
            case OIC, SNTSS -> List.of();
        };
    }

    public boolean isInstancias() {
        return catalogo == Catalogo.INSTANCIA;
    }

    public boolean isNuevo() {
        return id == null;
    }

    public Catalogo[] getCatalogos() {
        return Catalogo.values();
    }

    public TipoInstancia[] getTiposInstancia() {
        return TipoInstancia.values();
    }

    public List<FilaCatalogo> getFilas() {
        return filas;
    }

    public List<EventoSeguridad> getCambios() {
        return cambios;
    }

    public Catalogo getCatalogo() {
        return catalogo;
    }

    public void setCatalogo(Catalogo catalogo) {
        this.catalogo = catalogo == null ? Catalogo.INSTANCIA : catalogo;
    }

    public String getClave() {
        return clave;
    }

    public void setClave(String clave) {
        this.clave = clave;
    }

    public String getNombre() {
        return nombre;
    }

    public void setNombre(String nombre) {
        this.nombre = nombre;
    }

    public String getCorreo() {
        return correo;
    }

    public void setCorreo(String correo) {
        this.correo = correo;
    }

    public String getEntidad() {
        return entidad;
    }

    public void setEntidad(String entidad) {
        this.entidad = entidad;
    }

    public TipoInstancia getTipoInstancia() {
        return tipoInstancia;
    }

    public void setTipoInstancia(TipoInstancia tipoInstancia) {
        this.tipoInstancia = tipoInstancia;
    }

    public Long getReferenciaId() {
        return referenciaId;
    }

    public void setReferenciaId(Long referenciaId) {
        this.referenciaId = referenciaId;
    }
}
