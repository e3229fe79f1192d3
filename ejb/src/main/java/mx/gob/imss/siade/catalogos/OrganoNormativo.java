package mx.gob.imss.siade.catalogos;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import mx.gob.imss.siade.infra.BooleanoNumerico;
import jakarta.persistence.Convert;

/** Central directorate that sets the rules; reached through its enlace normativo. */
@Entity
@Table(name = "ORGANO_NORMATIVO")
public class OrganoNormativo implements Serializable, EntradaCatalogo {

    private static final long serialVersionUID = 1L;

    @Id
    @jakarta.persistence.SequenceGenerator(name = "ORGANO_NORMATIVO_SEQ", sequenceName = "ORGANO_NORMATIVO_SEQ", allocationSize = 1)
    @jakarta.persistence.GeneratedValue(strategy = jakarta.persistence.GenerationType.SEQUENCE, generator = "ORGANO_NORMATIVO_SEQ")
    private Long id;

    @Column(nullable = false, unique = true)
    private String clave;

    @Column(nullable = false)
    private String nombre;

    @Column(name = "CORREO_ENLACE")
    private String correoEnlace;

    @Convert(converter = BooleanoNumerico.class)
    private boolean activo = true;

    protected OrganoNormativo() {
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

    public String getCorreoEnlace() {
        return correoEnlace;
    }

    public boolean isActivo() {
        return activo;
    }

    /** A new row (the code is fixed from now on). */
    public OrganoNormativo(String clave, String nombre) {
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

    public void cambiarCorreoEnlace(String correo) {
        this.correoEnlace = correo;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof OrganoNormativo otro && clave != null && clave.equals(otro.clave));
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
