package mx.gob.imss.siade.catalogos;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import mx.gob.imss.siade.infra.BooleanoNumerico;
import jakarta.persistence.Convert;

/** Kind of digitised document in a case file. */
@Entity
@Table(name = "TIPO_DOCUMENTO")
public class TipoDocumento implements Serializable, EntradaCatalogo {

    private static final long serialVersionUID = 1L;

    @Id
    @jakarta.persistence.SequenceGenerator(name = "TIPO_DOCUMENTO_SEQ", sequenceName = "TIPO_DOCUMENTO_SEQ", allocationSize = 1)
    @jakarta.persistence.GeneratedValue(strategy = jakarta.persistence.GenerationType.SEQUENCE, generator = "TIPO_DOCUMENTO_SEQ")
    private Long id;

    @Column(nullable = false, unique = true)
    private String clave;

    @Column(nullable = false)
    private String nombre;

    @Convert(converter = BooleanoNumerico.class)
    private boolean activo = true;

    protected TipoDocumento() {
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

    /** A new row (the code is fixed from now on). */
    public TipoDocumento(String clave, String nombre) {
        this.clave = clave;
        this.nombre = nombre;
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
        return this == o || (o instanceof TipoDocumento otro && clave != null && clave.equals(otro.clave));
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
