package mx.gob.imss.siade.firma;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import mx.gob.imss.siade.documentos.Documento;
import mx.gob.imss.siade.infra.BooleanoNumerico;
import mx.gob.imss.siade.oficios.Oficio;
import mx.gob.imss.siade.seguridad.Usuario;

/**
 * The electronic signature of an oficio: who signed (and for whom, in an absence), with which
 * certificate, at what level, the signed PDF and its SHA-256, and the public verification code.
 * One per oficio (a unique key): a second signature of the same oficio cannot be stored.
 */
@Entity
@Table(name = "FIRMA_OFICIO")
@NamedQuery(name = "FirmaOficio.porCodigo", query = "SELECT f FROM FirmaOficio f WHERE f.oficio.folioOficio = :folio"
        + " AND f.codigoVerificacion = :codigo")
@NamedQuery(name = "FirmaOficio.porSha256", query = "SELECT f FROM FirmaOficio f WHERE f.sha256 = :sha256")
@NamedQuery(name = "FirmaOficio.deOficio", query = "SELECT f FROM FirmaOficio f WHERE f.oficio = :oficio")
public class FirmaOficio implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "FIRMA_OFICIO_SEQ", sequenceName = "FIRMA_OFICIO_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "FIRMA_OFICIO_SEQ")
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "OFICIO_ID", nullable = false, updatable = false, unique = true)
    private Oficio oficio;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "FIRMANTE_ID", nullable = false, updatable = false)
    private Usuario firmante;

    /** The absent titular the firmante signed for (5.70); null when the titular signed. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "TITULAR_ID", updatable = false)
    private Usuario titular;

    @Convert(converter = BooleanoNumerico.class)
    @Column(name = "EN_SUPLENCIA", nullable = false, updatable = false)
    private boolean enSuplencia;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime fecha;

    @Column(updatable = false)
    private String cargo;

    @Column(name = "CERTIFICADO_SERIE", updatable = false)
    private String certificadoSerie;

    @Column(name = "CERTIFICADO_SUJETO", updatable = false)
    private String certificadoSujeto;

    @Column(name = "CERTIFICADO_RFC", updatable = false)
    private String certificadoRfc;

    @Column(name = "CERTIFICADO_EMISOR", updatable = false)
    private String certificadoEmisor;

    @Column(updatable = false)
    private String nivel;

    @Column(updatable = false)
    private String sha256;

    @Column(name = "CODIGO_VERIFICACION", updatable = false)
    private String codigoVerificacion;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "DOCUMENTO_FIRMADO_ID", updatable = false)
    private Documento documentoFirmado;

    protected FirmaOficio() {
    }

    FirmaOficio(Oficio oficio, Usuario firmante, Usuario titular, OffsetDateTime fecha, String cargo,
                CredencialFirma credencial, String nivel, String sha256, String codigo, Documento firmado) {
        this.oficio = oficio;
        this.firmante = firmante;
        this.titular = titular;
        this.enSuplencia = titular != null;
        this.fecha = fecha;
        this.cargo = cargo;
        this.certificadoSerie = credencial.serie();
        this.certificadoSujeto = recortar(credencial.certificado().getSubjectX500Principal().getName(), 500);
        this.certificadoRfc = credencial.rfc().orElse(null);
        this.certificadoEmisor = recortar(credencial.certificado().getIssuerX500Principal().getName(), 500);
        this.nivel = nivel;
        this.sha256 = sha256;
        this.codigoVerificacion = codigo;
        this.documentoFirmado = firmado;
    }

    private static String recortar(String texto, int maximo) {
        return texto.length() <= maximo ? texto : texto.substring(0, maximo);
    }

    public Long getId() {
        return id;
    }

    public Oficio getOficio() {
        return oficio;
    }

    public Usuario getFirmante() {
        return firmante;
    }

    public Usuario getTitular() {
        return titular;
    }

    public boolean isEnSuplencia() {
        return enSuplencia;
    }

    public OffsetDateTime getFecha() {
        return fecha;
    }

    public String getCargo() {
        return cargo;
    }

    public String getCertificadoSerie() {
        return certificadoSerie;
    }

    public String getCertificadoRfc() {
        return certificadoRfc;
    }

    public String getCertificadoEmisor() {
        return certificadoEmisor;
    }

    public String getNivel() {
        return nivel;
    }

    public String getSha256() {
        return sha256;
    }

    public String getCodigoVerificacion() {
        return codigoVerificacion;
    }

    public Documento getDocumentoFirmado() {
        return documentoFirmado;
    }
}
