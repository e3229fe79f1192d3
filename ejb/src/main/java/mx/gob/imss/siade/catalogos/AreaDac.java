package mx.gob.imss.siade.catalogos;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import mx.gob.imss.siade.infra.BooleanoNumerico;
import jakarta.persistence.Convert;

/** Área de la División de Atención Ciudadana (5.5); define la bandeja de sus usuarios. */
@Entity
@Table(name = "AREA_DAC")
public class AreaDac implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private Long id;

    @Column(nullable = false, unique = true)
    private String clave;

    @Column(nullable = false)
    private String nombre;

    @Convert(converter = BooleanoNumerico.class)
    private boolean activo = true;

    protected AreaDac() {
    }

    public AreaDac(Long id, String clave, String nombre) {
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

    /** The clave of the Gestión área (act. 21–34), whose cases have their own workflow. */
    public static final String GESTION = "GESTION";

    public boolean esGestion() {
        return GESTION.equals(clave);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof AreaDac otro && clave != null && clave.equals(otro.clave));
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
