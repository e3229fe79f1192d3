package mx.gob.imss.siade.catalogos;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import mx.gob.imss.siade.infra.BooleanoNumerico;
import jakarta.persistence.Convert;

/** Unidad Médica de Alta Especialidad. */
@Entity
@Table(name = "UMAE")
public class Umae implements Serializable, EntradaCatalogo {

    private static final long serialVersionUID = 1L;

    @Id
    @jakarta.persistence.SequenceGenerator(name = "UMAE_SEQ", sequenceName = "UMAE_SEQ", allocationSize = 1)
    @jakarta.persistence.GeneratedValue(strategy = jakarta.persistence.GenerationType.SEQUENCE, generator = "UMAE_SEQ")
    private Long id;

    @Column(nullable = false, unique = true)
    private String clave;

    @Column(nullable = false)
    private String nombre;

    private String entidad;

    @Convert(converter = BooleanoNumerico.class)
    private boolean muestra;

    @Convert(converter = BooleanoNumerico.class)
    private boolean activo = true;

    protected Umae() {
    }

    public Umae(Long id, String clave, String nombre) {
        this.id = id;
        this.clave = clave;
        this.nombre = nombre;
    }

    public Long getId() {
        return id;
    }

    public String getClave() {
        return clave;
    }

    public String getNombre() {
        return nombre;
    }

    public String getEntidad() {
        return entidad;
    }

    /** Loaded as sample data; the administrador completes the catalogue. */
    public boolean isMuestra() {
        return muestra;
    }

    public boolean isActivo() {
        return activo;
    }

    @Override
    public void renombrar(String nuevoNombre) {
        this.nombre = nuevoNombre;
    }

    @Override
    public void activar(boolean activa) {
        this.activo = activa;
    }

    public void cambiarEntidad(String nuevaEntidad) {
        this.entidad = nuevaEntidad;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Umae otro && clave != null && clave.equals(otro.clave));
    }

    @Override
    public int hashCode() {
        return clave == null ? 0 : clave.hashCode();
    }

    @Override
    public String toString() {
        return nombre;
    }
}
