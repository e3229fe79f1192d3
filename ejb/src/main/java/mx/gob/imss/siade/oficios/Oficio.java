package mx.gob.imss.siade.oficios;

import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import mx.gob.imss.siade.catalogos.AreaDac;
import mx.gob.imss.siade.documentos.Documento;
import mx.gob.imss.siade.peticion.Peticion;

/** An official letter registered under a petición's folio, with its own oficio folio (5.71, 5.72). */
@Entity
@Table(name = "OFICIO")
@NamedQuery(name = "Oficio.findByPeticion",
        query = "SELECT o FROM Oficio o WHERE o.peticion = :peticion ORDER BY o.creadoEn, o.id")
@NamedQuery(name = "Oficio.findByDocumento", query = "SELECT o FROM Oficio o WHERE o.documento = :documento")
public class Oficio implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "OFICIO_SEQ", sequenceName = "OFICIO_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "OFICIO_SEQ")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "PETICION_ID", nullable = false, updatable = false)
    private Peticion peticion;

    @Column(name = "FOLIO_OFICIO", nullable = false, unique = true, updatable = false)
    private String folioOficio;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "AREA_DAC_ID", nullable = false, updatable = false)
    private AreaDac areaDac;

    @Column(nullable = false, updatable = false)
    private int anio;

    @Column(nullable = false, updatable = false)
    private int consecutivo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TipoOficio tipo;

    @Column(nullable = false)
    private String destinatario;

    @Column(nullable = false)
    private String asunto;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private String cuerpo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EstadoOficio estado;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "DOCUMENTO_ID")
    private Documento documento;

    @OneToMany(mappedBy = "oficio", cascade = CascadeType.PERSIST)
    @OrderBy("orden")
    private List<Rubrica> rubricas = new ArrayList<>();

    @Column(name = "CREADO_POR", nullable = false, updatable = false)
    private String creadoPor;

    @Column(name = "CREADO_EN", nullable = false, updatable = false)
    private OffsetDateTime creadoEn;

    @Version
    private long version;

    protected Oficio() {
    }

    public Oficio(Peticion peticion, AreaDac areaDac, FolioOficio folio, TipoOficio tipo, String destinatario,
                  String asunto, String cuerpo, String creadoPor, OffsetDateTime creadoEn) {
        this.peticion = peticion;
        this.areaDac = areaDac;
        this.folioOficio = folio.valor();
        this.anio = folio.anio();
        this.consecutivo = folio.consecutivo();
        this.tipo = tipo;
        this.destinatario = destinatario;
        this.asunto = asunto;
        this.cuerpo = cuerpo;
        this.estado = tipo == TipoOficio.RECIBIDO ? EstadoOficio.RECIBIDO : EstadoOficio.BORRADOR;
        this.creadoPor = creadoPor;
        this.creadoEn = creadoEn;
    }

    /** The rendered PDF of this oficio, filed in the case. */
    public void adjuntarDocumento(Documento pdf) {
        this.documento = pdf;
    }

    /** The oficio left the office (by post or email); only a draft or a signed oficio can be sent. */
    public void marcarEnviado() {
        if (estado != EstadoOficio.BORRADOR && estado != EstadoOficio.FIRMADO) {
            throw new OficioNoEnviableException(folioOficio, estado);
        }
        estado = EstadoOficio.ENVIADO;
    }

    public Long getId() {
        return id;
    }

    public Peticion getPeticion() {
        return peticion;
    }

    public String getFolioOficio() {
        return folioOficio;
    }

    public AreaDac getAreaDac() {
        return areaDac;
    }

    public TipoOficio getTipo() {
        return tipo;
    }

    public String getDestinatario() {
        return destinatario;
    }

    public String getAsunto() {
        return asunto;
    }

    public String getCuerpo() {
        return cuerpo;
    }

    public EstadoOficio getEstado() {
        return estado;
    }

    public Documento getDocumento() {
        return documento;
    }

    public List<Rubrica> getRubricas() {
        return List.copyOf(rubricas);
    }

    public String getCreadoPor() {
        return creadoPor;
    }

    public OffsetDateTime getCreadoEn() {
        return creadoEn;
    }
}
