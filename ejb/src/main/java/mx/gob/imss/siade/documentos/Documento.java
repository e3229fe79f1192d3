package mx.gob.imss.siade.documentos;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import mx.gob.imss.siade.catalogos.TipoDocumento;
import mx.gob.imss.siade.peticion.Peticion;

/**
 * A digitised file of a case, read-only through JPA: {@link DocumentoRepository} writes it and
 * streams its content. Its SHA-256 identifies it; the same file cannot be attached twice to one case.
 */
@Entity
@Table(name = "DOCUMENTO")
@NamedQuery(name = "Documento.findByPeticion",
        query = "SELECT d FROM Documento d JOIN FETCH d.tipoDocumento WHERE d.peticion = :peticion ORDER BY d.cargadoEn, d.id")
@NamedQuery(name = "Documento.findIdByPeticionAndSha",
        query = "SELECT d.id FROM Documento d WHERE d.peticion = :peticion AND d.sha256 = :sha256")
public class Documento implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "PETICION_ID", nullable = false, updatable = false)
    private Peticion peticion;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "TIPO_DOCUMENTO_ID", nullable = false)
    private TipoDocumento tipoDocumento;

    @Column(name = "NOMBRE_ARCHIVO", nullable = false)
    private String nombreArchivo;

    @Column(name = "TIPO_MEDIO", nullable = false)
    private String tipoMedio;

    @Column(name = "TAMANO_BYTES", nullable = false)
    private long tamanoBytes;

    @Column(nullable = false, updatable = false)
    private String sha256;

    private String descripcion;

    @Column(name = "CARGADO_POR", nullable = false, updatable = false)
    private String cargadoPor;

    @Column(name = "CARGADO_EN", nullable = false, updatable = false)
    private OffsetDateTime cargadoEn;

    protected Documento() {
    }

    public Long getId() {
        return id;
    }

    public Peticion getPeticion() {
        return peticion;
    }

    public TipoDocumento getTipoDocumento() {
        return tipoDocumento;
    }

    public String getNombreArchivo() {
        return nombreArchivo;
    }

    public String getTipoMedio() {
        return tipoMedio;
    }

    public long getTamanoBytes() {
        return tamanoBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getDescripcion() {
        return descripcion;
    }

    public String getCargadoPor() {
        return cargadoPor;
    }

    public OffsetDateTime getCargadoEn() {
        return cargadoEn;
    }
}
