package mx.gob.imss.siade.web.gestion;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import mx.gob.imss.siade.gestion.AreaInstitucional;
import mx.gob.imss.siade.gestion.CadenaEscalamientoService.NivelEditable;
import mx.gob.imss.siade.gestion.CadenaEscalamientoService;
import mx.gob.imss.siade.web.infra.Mensajes;

/** The administrador's screen of institutional áreas and their escalation chains. */
@Named
@ViewScoped
public class CadenasEscalamientoView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One editable row of the chain. */
    public static class Fila implements Serializable {
        private static final long serialVersionUID = 1L;
        private String cargo;
        private String correo;
        private String telefono;
        private Integer diasHabiles = 2;

        public String getCargo() {
            return cargo;
        }

        public void setCargo(String cargo) {
            this.cargo = cargo;
        }

        public String getCorreo() {
            return correo;
        }

        public void setCorreo(String correo) {
            this.correo = correo;
        }

        public String getTelefono() {
            return telefono;
        }

        public void setTelefono(String telefono) {
            this.telefono = telefono;
        }

        public Integer getDiasHabiles() {
            return diasHabiles;
        }

        public void setDiasHabiles(Integer diasHabiles) {
            this.diasHabiles = diasHabiles;
        }
    }

    @Inject
    private CadenaEscalamientoService cadenas;

    private List<AreaInstitucional> areas = List.of();
    private Long areaId;
    private String nombre;
    private List<Fila> filas = new ArrayList<>();
    private String claveNueva;
    private String nombreNuevo;

    @PostConstruct
    void iniciar() {
        areas = cadenas.areas();
        if (!areas.isEmpty()) {
            elegir(areas.get(0).getId());
        }
    }

    public void elegir(Long id) {
        areaId = id;
        AreaInstitucional area = areas.stream().filter(a -> a.getId().equals(id)).findFirst().orElse(null);
        filas = new ArrayList<>();
        nombre = area == null ? null : area.getNombre();
        if (area != null) {
            area.getNiveles().forEach(n -> {
                Fila f = new Fila();
                f.cargo = n.getCargo();
                f.correo = n.getCorreo();
                f.telefono = n.getTelefono();
                f.diasHabiles = n.getDiasHabiles();
                filas.add(f);
            });
        }
    }

    public void cambiarArea() {
        elegir(areaId);
    }

    public void agregarNivel() {
        filas.add(new Fila());
    }

    public void quitarUltimo() {
        if (!filas.isEmpty()) {
            filas.remove(filas.size() - 1);
        }
    }

    public void guardar() {
        cadenas.guardarCadena(areaId, nombre, filas.stream()
                .map(f -> new NivelEditable(f.cargo, f.correo, f.telefono, f.diasHabiles)).toList());
        Mensajes.info("escalamiento.guardada", nombre);
        recargar(areaId);
    }

    public void crear() {
        AreaInstitucional area = cadenas.crearArea(claveNueva, nombreNuevo);
        Mensajes.info("escalamiento.areaCreada", area.getNombre());
        claveNueva = null;
        nombreNuevo = null;
        recargar(area.getId());
    }

    public void alternarActiva() {
        AreaInstitucional area = areaActual();
        if (area != null) {
            cadenas.activar(area.getId(), !area.isActiva());
            Mensajes.info(area.isActiva() ? "escalamiento.desactivada" : "escalamiento.activada", area.getNombre());
            recargar(area.getId());
        }
    }

    private void recargar(Long id) {
        areas = cadenas.areas();
        elegir(id);
    }

    public AreaInstitucional areaActual() {
        return areas.stream().filter(a -> a.getId().equals(areaId)).findFirst().orElse(null);
    }

    public int numero(Fila fila) {
        return filas.indexOf(fila) + 1;
    }

    public List<AreaInstitucional> getAreas() {
        return areas;
    }

    public Long getAreaId() {
        return areaId;
    }

    public void setAreaId(Long areaId) {
        this.areaId = areaId;
    }

    public String getNombre() {
        return nombre;
    }

    public void setNombre(String nombre) {
        this.nombre = nombre;
    }

    public List<Fila> getFilas() {
        return filas;
    }

    public String getClaveNueva() {
        return claveNueva;
    }

    public void setClaveNueva(String claveNueva) {
        this.claveNueva = claveNueva;
    }

    public String getNombreNuevo() {
        return nombreNuevo;
    }

    public void setNombreNuevo(String nombreNuevo) {
        this.nombreNuevo = nombreNuevo;
    }
}
