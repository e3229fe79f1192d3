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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.OffsetDateTime;
import mx.gob.imss.siade.seguridad.Usuario;

/** The initials of one reviewer on an oficio, in order (5.71). */
@Entity
@Table(name = "RUBRICA")
@NamedQuery(name = "Rubrica.deOficio", query = "SELECT r FROM Rubrica r WHERE r.oficio = :oficio ORDER BY r.ronda, r.orden")
@NamedQuery(name = "Rubrica.pendientesDe", query = "SELECT r.oficio FROM Rubrica r WHERE " + Rubrica.SU_TURNO
        + " ORDER BY r.oficio.creadoEn, r.oficio.id")
@NamedQuery(name = "Rubrica.contarPendientesDe", query = "SELECT COUNT(r) FROM Rubrica r WHERE " + Rubrica.SU_TURNO)
public class Rubrica implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The rúbricas awaited now from {@code :usuario}: pending, of the round in course, none before them pending. */
    static final String SU_TURNO = "r.usuario = :usuario"
            + " AND r.estado = mx.gob.imss.siade.oficios.EstadoRubrica.PENDIENTE"
            + " AND r.oficio.estado = mx.gob.imss.siade.oficios.EstadoOficio.EN_RUBRICA AND r.ronda = r.oficio.rondaRubrica"
            + " AND NOT EXISTS (SELECT a FROM Rubrica a WHERE a.oficio = r.oficio AND a.ronda = r.ronda"
            + " AND a.estado = mx.gob.imss.siade.oficios.EstadoRubrica.PENDIENTE AND a.orden < r.orden)";

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
    private int ronda;

    @Column(nullable = false)
    private int orden;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PapelRubrica papel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EstadoRubrica estado = EstadoRubrica.PENDIENTE;

    private OffsetDateTime fecha;

    private String observacion;

    @Version
    private long version;

    protected Rubrica() {
    }

    Rubrica(Oficio oficio, Usuario usuario, int ronda, int orden, PapelRubrica papel) {
        this.oficio = oficio;
        this.usuario = usuario;
        this.ronda = ronda;
        this.orden = orden;
        this.papel = papel;
    }

    void rubricar(OffsetDateTime ahora) {
        estado = EstadoRubrica.RUBRICADA;
        fecha = ahora;
    }

    void rechazar(OffsetDateTime ahora, String observacion) {
        estado = EstadoRubrica.RECHAZADA;
        fecha = ahora;
        this.observacion = observacion;
    }

    void omitir() {
        estado = EstadoRubrica.OMITIDA;
    }

    public int getRonda() {
        return ronda;
    }

    public PapelRubrica getPapel() {
        return papel;
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
