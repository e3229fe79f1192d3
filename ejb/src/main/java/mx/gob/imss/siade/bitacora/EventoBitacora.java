package mx.gob.imss.siade.bitacora;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.FetchType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import mx.gob.imss.siade.peticion.EstadoPeticion;
import mx.gob.imss.siade.peticion.Peticion;

/** One entry of a case's bitácora: who did what, when, and the state before and after. Never updated. */
@Entity
@Table(name = "BITACORA")
@NamedQuery(name = "EventoBitacora.findByPeticion",
        query = "SELECT e FROM EventoBitacora e WHERE e.peticion = :peticion ORDER BY e.fecha, e.id")
@NamedQuery(name = "EventoBitacora.ultimaFecha", query = "SELECT MAX(e.fecha) FROM EventoBitacora e WHERE e.peticion = :peticion")
@NamedQuery(name = "EventoBitacora.countByPeticion",
        query = "SELECT COUNT(e) FROM EventoBitacora e WHERE e.peticion = :peticion")
public class EventoBitacora implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "BITACORA_SEQ", sequenceName = "BITACORA_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "BITACORA_SEQ")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "PETICION_ID", nullable = false, updatable = false)
    private Peticion peticion;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime fecha;

    @Column(nullable = false, updatable = false)
    private String usuario;

    @Enumerated(EnumType.STRING)
    @Column(name = "TIPO_EVENTO", nullable = false, updatable = false)
    private TipoEventoBitacora tipoEvento;

    @jakarta.persistence.Lob
    @Column(nullable = false, updatable = false)
    private String descripcion;

    @Enumerated(EnumType.STRING)
    @Column(name = "ESTADO_ANTERIOR", updatable = false)
    private EstadoPeticion estadoAnterior;

    @Enumerated(EnumType.STRING)
    @Column(name = "ESTADO_NUEVO", updatable = false)
    private EstadoPeticion estadoNuevo;

    /** The link before this entry in its petición's chain, and this entry's own (tamper evidence). */
    @Column(name = "HASH_ANTERIOR", updatable = false)
    private String hashAnterior;

    @Column(name = "HASH", updatable = false)
    private String hash;

    protected EventoBitacora() {
    }

    public EventoBitacora(Peticion peticion, OffsetDateTime fecha, String usuario, TipoEventoBitacora tipoEvento,
                          String descripcion, EstadoPeticion estadoAnterior, EstadoPeticion estadoNuevo) {
        if (peticion == null || fecha == null || usuario == null || tipoEvento == null
                || descripcion == null || descripcion.isBlank()) {
            throw new IllegalArgumentException("Evento de bitácora incompleto");
        }
        this.peticion = peticion;
        // To the millisecond, as it is sealed: the database keeps microseconds and rounds finer values,
        // which could move the stored instant to the next millisecond and break the seal.
        this.fecha = fecha.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        this.usuario = usuario;
        this.tipoEvento = tipoEvento;
        this.descripcion = descripcion.length() > 4000 ? descripcion.substring(0, 4000) : descripcion;
        this.estadoAnterior = estadoAnterior;
        this.estadoNuevo = estadoNuevo;
    }

    /** Chains this entry after {@code anterior} (once, before it is written). */
    void encadenar(String anterior) {
        this.hashAnterior = anterior;
        this.hash = huella();
    }

    /** The link this entry should carry, from its fields as stored. */
    public String huella() {
        return mx.gob.imss.siade.auditoria.Huella.de(hashAnterior, peticion.getId(), fecha, usuario, tipoEvento,
                descripcion, estadoAnterior, estadoNuevo);
    }

    public String getHashAnterior() {
        return hashAnterior;
    }

    public String getHash() {
        return hash;
    }

    public Long getId() {
        return id;
    }

    public Peticion getPeticion() {
        return peticion;
    }

    public OffsetDateTime getFecha() {
        return fecha;
    }

    public String getUsuario() {
        return usuario;
    }

    public TipoEventoBitacora getTipoEvento() {
        return tipoEvento;
    }

    public String getDescripcion() {
        return descripcion;
    }

    public EstadoPeticion getEstadoAnterior() {
        return estadoAnterior;
    }

    public EstadoPeticion getEstadoNuevo() {
        return estadoNuevo;
    }
}
