package mx.gob.imss.siade.oficios;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import mx.gob.imss.siade.seguridad.Usuario;

/** The initials of one reviewer on an oficio, in order (5.71). */
@Entity
@Table(name = "RUBRICA")
public class Rubrica implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "RUBRICA_SEQ", sequenceName = "RUBRICA_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "RUBRICA_SEQ")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "OFICIO_ID", nullable = false, updatable = false)
    private Oficio oficio;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "USUARIO_ID", nullable = false)
    private Usuario usuario;

    @Column(nullable = false)
    private int orden;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EstadoRubrica estado = EstadoRubrica.PENDIENTE;

    private OffsetDateTime fecha;

    private String observacion;

    protected Rubrica() {
    }

    public Long getId() {
        return id;
    }

    public Oficio getOficio() {
        return oficio;
    }

    public Usuario getUsuario() {
        return usuario;
    }

    public int getOrden() {
        return orden;
    }

    public EstadoRubrica getEstado() {
        return estado;
    }

    public OffsetDateTime getFecha() {
        return fecha;
    }

    public String getObservacion() {
        return observacion;
    }
}
