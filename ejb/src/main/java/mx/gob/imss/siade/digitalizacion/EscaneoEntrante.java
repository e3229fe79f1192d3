package mx.gob.imss.siade.digitalizacion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * A file taken from the digitisation folder and what became of it. Its content (BLOB) is written and
 * read through {@link EscaneoRepository} by JDBC streams, never loaded by lists.
 */
@Entity
@Table(name = "ESCANEO_ENTRANTE")
@NamedQuery(name = "EscaneoEntrante.porEstado",
        query = "SELECT e FROM EscaneoEntrante e WHERE e.estado = :estado ORDER BY e.recibidoEn, e.id")
@NamedQuery(name = "EscaneoEntrante.recientes",
        query = "SELECT e FROM EscaneoEntrante e WHERE e.estado <> mx.gob.imss.siade.digitalizacion.EstadoEscaneo.POR_CLASIFICAR"
                + " ORDER BY e.recibidoEn DESC, e.id DESC")
@NamedQuery(name = "EscaneoEntrante.porSha", query = "SELECT e FROM EscaneoEntrante e WHERE e.sha256 = :sha256")
public class EscaneoEntrante implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private Long id;

    @Column(name = "NOMBRE_ARCHIVO", nullable = false, updatable = false)
    private String nombreArchivo;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "TIPO_MEDIO", updatable = false)
    private String tipoMedio;

    @Column(name = "TAMANO_BYTES", nullable = false, updatable = false)
    private long tamanoBytes;

    @Column(name = "RECIBIDO_EN", nullable = false, updatable = false)
    private OffsetDateTime recibidoEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EstadoEscaneo estado;

    @Column(name = "FOLIO_SUGERIDO")
    private String folioSugerido;

    @Column(name = "MOTIVO_SUGERENCIA")
    private String motivoSugerencia;

    private String folio;

    @Column(name = "DOCUMENTO_ID")
    private Long documentoId;

    private String motivo;

    @Column(name = "RESUELTO_POR")
    private String resueltoPor;

    @Column(name = "RESUELTO_EN")
    private OffsetDateTime resueltoEn;

    @Version
    private long version;

    protected EscaneoEntrante() {
    }

    /** Filed (by a person from the tray). */
    void clasificar(String folio, long documentoId, String usuario, OffsetDateTime cuando) {
        this.estado = EstadoEscaneo.CLASIFICADO;
        this.folio = folio;
        this.documentoId = documentoId;
        this.resueltoPor = usuario;
        this.resueltoEn = cuando;
    }

    void descartar(String motivo, String usuario, OffsetDateTime cuando) {
        this.estado = EstadoEscaneo.DESCARTADO;
        this.motivo = motivo;
        this.resueltoPor = usuario;
        this.resueltoEn = cuando;
    }

    public Long getId() {
        return id;
    }

    public String getNombreArchivo() {
        return nombreArchivo;
    }

    public String getSha256() {
        return sha256;
    }

    public String getTipoMedio() {
        return tipoMedio;
    }

    public long getTamanoBytes() {
        return tamanoBytes;
    }

    public OffsetDateTime getRecibidoEn() {
        return recibidoEn;
    }

    public EstadoEscaneo getEstado() {
        return estado;
    }

    public String getFolioSugerido() {
        return folioSugerido;
    }

    public String getMotivoSugerencia() {
        return motivoSugerencia;
    }

    public String getFolio() {
        return folio;
    }

    public Long getDocumentoId() {
        return documentoId;
    }

    public String getMotivo() {
        return motivo;
    }

    public String getResueltoPor() {
        return resueltoPor;
    }

    public OffsetDateTime getResueltoEn() {
        return resueltoEn;
    }

    public long getVersion() {
        return version;
    }
}
