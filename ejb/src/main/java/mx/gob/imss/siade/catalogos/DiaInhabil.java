package mx.gob.imss.siade.catalogos;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/** One day of the holiday calendar; weekends are never stored, they are always inhábiles. */
@Entity
@Table(name = "DIA_INHABIL")
@NamedQuery(name = "DiaInhabil.findEntre",
        query = "SELECT d FROM DiaInhabil d WHERE d.fecha BETWEEN :desde AND :hasta ORDER BY d.fecha")
public class DiaInhabil implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "CATALOGO_SEQ", sequenceName = "CATALOGO_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "CATALOGO_SEQ")
    private Long id;

    @Column(nullable = false, unique = true)
    private LocalDate fecha;

    @Column(nullable = false)
    private String descripcion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrigenDiaInhabil origen;

    protected DiaInhabil() {
    }

    public DiaInhabil(LocalDate fecha, String descripcion, OrigenDiaInhabil origen) {
        this.fecha = fecha;
        this.descripcion = descripcion;
        this.origen = origen;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getFecha() {
        return fecha;
    }

    public String getDescripcion() {
        return descripcion;
    }

    public OrigenDiaInhabil getOrigen() {
        return origen;
    }
}
