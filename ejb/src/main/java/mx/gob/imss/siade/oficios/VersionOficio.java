package mx.gob.imss.siade.oficios;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import mx.gob.imss.siade.documentos.Documento;

/** An earlier text of an oficio with its PDF, kept when the text was rewritten after a return. */
@Entity
@Table(name = "VERSION_OFICIO")
@NamedQuery(name = "VersionOficio.deOficio", query = "SELECT v FROM VersionOficio v WHERE v.oficio = :oficio ORDER BY v.numero")
public class VersionOficio implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "VERSION_OFICIO_SEQ", sequenceName = "VERSION_OFICIO_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "VERSION_OFICIO_SEQ")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "OFICIO_ID", nullable = false, updatable = false)
    private Oficio oficio;

    @Column(nullable = false, updatable = false)
    private int numero;

    @Column(nullable = false, updatable = false)
    private String asunto;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(updatable = false)
    private String cuerpo;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "DOCUMENTO_ID", updatable = false)
    private Documento documento;

    @Column(name = "REEMPLAZADA_POR", nullable = false, updatable = false)
    private String reemplazadaPor;

    @Column(name = "REEMPLAZADA_EN", nullable = false, updatable = false)
    private OffsetDateTime reemplazadaEn;

    protected VersionOficio() {
    }

    /** The oficio's current text, about to be replaced. */
    VersionOficio(Oficio oficio, String quien, OffsetDateTime ahora) {
        this.oficio = oficio;
        this.numero = oficio.getVersionTexto();
        this.asunto = oficio.getAsunto();
        this.cuerpo = oficio.getCuerpo();
        this.documento = oficio.getDocumento();
        this.reemplazadaPor = quien;
        this.reemplazadaEn = ahora;
    }

    public Long getId() {
        return id;
    }

    public int getNumero() {
        return numero;
    }

    public String getAsunto() {
        return asunto;
    }

    public String getCuerpo() {
        return cuerpo;
    }

    public Documento getDocumento() {
        return documento;
    }

    public String getReemplazadaPor() {
        return reemplazadaPor;
    }

    public OffsetDateTime getReemplazadaEn() {
        return reemplazadaEn;
    }
}
