package mx.gob.imss.siade.catalogos;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import mx.gob.imss.siade.infra.BooleanoNumerico;
import jakarta.persistence.Convert;

/** Órgano de Operación Administrativa Desconcentrada (uno por entidad; tres entidades tienen dos). */
@Entity
@Table(name = "OOAD")
public class Ooad implements Serializable, EntradaCatalogo {

    private static final long serialVersionUID = 1L;

    @Id
    @jakarta.persistence.SequenceGenerator(name = "OOAD_SEQ", sequenceName = "OOAD_SEQ", allocationSize = 1)
    @jakarta.persistence.GeneratedValue(strategy = jakarta.persistence.GenerationType.SEQUENCE, generator = "OOAD_SEQ")
    private Long id;

    @Column(nullable = false, unique = true)
    private String clave;

    @Column(nullable = false)
    private String nombre;

    @Convert(converter = BooleanoNumerico.class)
    private boolean activo = true;

    protected Ooad() {
    }

    public Ooad(Long id, String clave, String nombre) {
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

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Ooad otro && clave != null && clave.equals(otro.clave));
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
