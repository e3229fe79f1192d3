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
public class OrganoNormativo implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
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
