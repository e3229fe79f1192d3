package mx.gob.imss.siade.auditoria;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** One audited read or search, chained to the one before. Never updated. */
@Entity
@Table(name = "AUDITORIA")
public class RegistroAuditoria implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "AUDITORIA_SEQ", sequenceName = "AUDITORIA_SEQ", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "AUDITORIA_SEQ")
    private Long id;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime fecha;

    @Column(nullable = false, updatable = false)
    private String usuario;

    @Column(nullable = false, updatable = false)
    private String roles;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AccionAuditada accion;

    @Column(updatable = false)
    private String folio;

    @Column(name = "DOCUMENTO_ID", updatable = false)
    private Long documentoId;

    @Column(updatable = false)
    private String detalle;

    @Column(name = "HASH_ANTERIOR", nullable = false, updatable = false)
    private String hashAnterior;

    @Column(nullable = false, updatable = false)
    private String hash;

    protected RegistroAuditoria() {
    }

    RegistroAuditoria(OffsetDateTime fecha, String usuario, String roles, AccionAuditada accion, String folio,
                      Long documentoId, String detalle, String hashAnterior) {
        // To the millisecond, as it is sealed (the database rounds finer values; see EventoBitacora).
        this.fecha = fecha.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        this.usuario = usuario;
        this.roles = roles;
        this.accion = accion;
        this.folio = folio;
        this.documentoId = documentoId;
        this.detalle = detalle;
        this.hashAnterior = hashAnterior;
        this.hash = huella();
    }

    /** The link this row should carry, from its fields as stored. */
    String huella() {
        return Huella.de(hashAnterior, fecha, usuario, roles, accion, folio, documentoId, detalle);
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getFecha() {
        return fecha;
    }

    public String getUsuario() {
        return usuario;
    }

    public String getRoles() {
        return roles;
    }

    public AccionAuditada getAccion() {
        return accion;
    }

    public String getFolio() {
        return folio;
    }

    public Long getDocumentoId() {
        return documentoId;
    }

    public String getDetalle() {
        return detalle;
    }

    public String getHashAnterior() {
        return hashAnterior;
    }

    public String getHash() {
        return hash;
    }
}
