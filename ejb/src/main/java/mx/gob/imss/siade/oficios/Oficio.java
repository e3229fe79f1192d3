package mx.gob.imss.siade.oficios;

import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.util.Optional;
import mx.gob.imss.siade.catalogos.AreaDac;
import mx.gob.imss.siade.documentos.Documento;
import mx.gob.imss.siade.infra.BooleanoNumerico;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.seguridad.Usuario;

/** An official letter registered under a petición's folio, with its own oficio folio (5.71, 5.72). */
@Entity
@Table(name = "OFICIO")
@NamedQuery(name = "Oficio.findByPeticion",
        query = "SELECT o FROM Oficio o WHERE o.peticion = :peticion ORDER BY o.creadoEn, o.id")
@NamedQuery(name = "Oficio.porFirmar", query = "SELECT o FROM Oficio o WHERE " + Oficio.POR_FIRMAR_DE
        + " ORDER BY o.creadoEn, o.id")
@NamedQuery(name = "Oficio.contarPorFirmar", query = "SELECT COUNT(o) FROM Oficio o WHERE " + Oficio.POR_FIRMAR_DE)
@NamedQuery(name = "Oficio.findByDocumento", query = "SELECT o FROM Oficio o WHERE o.documento = :documento")
public class Oficio implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Oficios awaiting the signature of one of {@code :firmantes}. */
    static final String POR_FIRMAR_DE = "o.estado = mx.gob.imss.siade.oficios.EstadoOficio.POR_FIRMAR AND o.firmante IN :firmantes";

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

    /** The titular who must sign it; set when it goes to rúbrica. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "FIRMANTE_ID")
    private Usuario firmante;

    /** Addressed to an Órgano normativo: the Titular DAC initials it and the Titular CAO signs (5.71). */
    @Convert(converter = BooleanoNumerico.class)
    @Column(name = "ORGANO_NORMATIVO", nullable = false)
    private boolean organoNormativo;

    @Column(name = "RONDA_RUBRICA", nullable = false)
    private int rondaRubrica;

    @Column(name = "VERSION_TEXTO", nullable = false)
    private int versionTexto = 1;

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

    /** The oficio left the office (by post or email); only a signed oficio can be sent (5.71). */
    public void marcarEnviado() {
        if (estado != EstadoOficio.FIRMADO) {
            throw new OficioNoEnviableException(folioOficio, estado);
        }
        estado = EstadoOficio.ENVIADO;
    }

    void dirigirAOrganoNormativo() {
        this.organoNormativo = true;
    }

    /**
     * Starts a new round of rúbricas along {@code cadena}; the first step (the one who turns it, when
     * the chain names them) is initialled at once. Returns the rows to persist.
     */
    List<Rubrica> turnarARubrica(CadenaRubricas.Cadena cadena, Usuario turna, OffsetDateTime ahora) {
        exigirEstado(EstadoOficio.BORRADOR);
        rondaRubrica++;
        firmante = cadena.firmante();
        List<Rubrica> nuevas = new ArrayList<>();
        for (CadenaRubricas.Paso paso : cadena.rubricas()) {
            Rubrica r = new Rubrica(this, paso.usuario(), rondaRubrica, nuevas.size() + 1, paso.papel());
            if (nuevas.isEmpty() && paso.usuario().equals(turna)) {
                r.rubricar(ahora); // turning it to rúbrica is the drafter's own rúbrica
            }
            nuevas.add(r);
        }
        rubricas.addAll(nuevas);
        estado = EstadoOficio.EN_RUBRICA;
        avanzarSiCompleta();
        return nuevas;
    }

    /** The rúbrica of this round that is awaited now, if the oficio is in rúbrica. */
    public Optional<Rubrica> rubricaPendiente() {
        if (estado != EstadoOficio.EN_RUBRICA) {
            return Optional.empty();
        }
        return rubricas.stream().filter(r -> r.getRonda() == rondaRubrica && r.getEstado() == EstadoRubrica.PENDIENTE)
                .min(java.util.Comparator.comparingInt(Rubrica::getOrden));
    }

    /** The rúbricas of the round in course (or the last one), in order. */
    public List<Rubrica> rubricasDeLaRonda() {
        return rubricas.stream().filter(r -> r.getRonda() == rondaRubrica)
                .sorted(java.util.Comparator.comparingInt(Rubrica::getOrden)).toList();
    }

    void rubricar(Usuario quien, OffsetDateTime ahora) {
        Rubrica pendiente = pendienteDe(quien);
        pendiente.rubricar(ahora);
        avanzarSiCompleta();
    }

    /** Sent back with an observación: back to BORRADOR, the rest of the round not reached. */
    void devolver(Usuario quien, String observacion, OffsetDateTime ahora) {
        Rubrica pendiente = pendienteDe(quien);
        pendiente.rechazar(ahora, observacion);
        rubricasDeLaRonda().stream().filter(r -> r.getEstado() == EstadoRubrica.PENDIENTE).forEach(Rubrica::omitir);
        estado = EstadoOficio.BORRADOR;
        firmante = null;
    }

    /** A new text (after a return): the previous one is kept by the caller as a {@link VersionOficio}. */
    void reescribir(String asunto, String cuerpo, Documento pdf) {
        exigirEstado(EstadoOficio.BORRADOR);
        this.asunto = asunto;
        this.cuerpo = cuerpo;
        this.documento = pdf;
        versionTexto++;
    }

    /** Signed: the signed PDF becomes the oficio's document. */
    void firmar(Documento firmado) {
        exigirEstado(EstadoOficio.POR_FIRMAR);
        this.documento = firmado;
        estado = EstadoOficio.FIRMADO;
    }

    private Rubrica pendienteDe(Usuario quien) {
        Rubrica pendiente = rubricaPendiente().orElseThrow(() -> new OficioNoEnviableException(folioOficio, estado));
        if (!pendiente.getUsuario().equals(quien)) {
            throw RubricaRechazadaException.noEsSuTurno(folioOficio, pendiente.getUsuario().getNombreCompleto());
        }
        return pendiente;
    }

    private void avanzarSiCompleta() {
        if (rubricasDeLaRonda().stream().allMatch(r -> r.getEstado() == EstadoRubrica.RUBRICADA)) {
            estado = EstadoOficio.POR_FIRMAR;
        }
    }

    private void exigirEstado(EstadoOficio esperado) {
        if (estado != esperado) {
            throw RubricaRechazadaException.estado(folioOficio, estado);
        }
    }

    public Usuario getFirmante() {
        return firmante;
    }

    public boolean isOrganoNormativo() {
        return organoNormativo;
    }

    public int getRondaRubrica() {
        return rondaRubrica;
    }

    public int getVersionTexto() {
        return versionTexto;
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
