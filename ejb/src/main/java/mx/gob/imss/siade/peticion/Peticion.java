package mx.gob.imss.siade.peticion;

import mx.gob.imss.siade.infra.LongitudTexto;
import mx.gob.imss.siade.infra.Tiempo;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import mx.gob.imss.siade.catalogos.AreaDac;
import mx.gob.imss.siade.catalogos.Ooad;
import mx.gob.imss.siade.catalogos.Umae;
import mx.gob.imss.siade.personas.PersonaUsuaria;
import mx.gob.imss.siade.seguridad.Rol;
import mx.gob.imss.siade.seguridad.Usuario;
import mx.gob.imss.siade.infra.BooleanoNumerico;
import jakarta.persistence.Convert;

/**
 * Aggregate root of a case: a petición registered under a folio. Its documents, derivations,
 * oficios, requests for data and bitácora refer to it. Its estado changes only through
 * {@link #aplicar}, which enforces {@link TransicionPeticion}; the version column makes two
 * concurrent changes of the same petición fail instead of overwriting each other.
 */
@Entity
@Table(name = "PETICION")
@NamedQuery(name = "Peticion.findByFolio", query = "SELECT p FROM Peticion p WHERE p.folio = :folio")
@NamedQuery(name = "Peticion.findByPersona",
        query = "SELECT p FROM Peticion p WHERE p.personaUsuaria = :persona ORDER BY p.fechaRecepcion DESC")
public class Peticion implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "PETICION_SEQ", sequenceName = "PETICION_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PETICION_SEQ")
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String folio;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "PERSONA_USUARIA_ID", nullable = false)
    private PersonaUsuaria personaUsuaria;

    @Enumerated(EnumType.STRING)
    private TipoPeticion tipo;

    @Enumerated(EnumType.STRING)
    @Column(name = "MEDIO_CAPTACION", nullable = false)
    private MedioCaptacion medioCaptacion;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "AREA_DAC_ID", nullable = false)
    private AreaDac areaDac;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EstadoPeticion estado;

    @Enumerated(EnumType.STRING)
    @Column(name = "MOTIVO_CONCLUSION")
    private MotivoConclusion motivoConclusion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Prioridad prioridad = Prioridad.NORMAL;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "OOAD_ID")
    private Ooad ooad;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "UMAE_ID")
    private Umae umae;

    @Column(name = "AREA_RESPONSABLE")
    private String areaResponsable;

    private String normativa;

    private String tramite;

    private String subtramite;

    @Column(nullable = false)
    private String asunto;

    @jakarta.persistence.Lob
    private String resumen;

    @Column(name = "FECHA_RECEPCION", nullable = false)
    private OffsetDateTime fechaRecepcion;

    @Column(name = "FECHA_REGISTRO", nullable = false)
    private OffsetDateTime fechaRegistro;

    @Column(name = "FECHA_LIMITE")
    private LocalDate fechaLimite;

    @Column(name = "FECHA_CONCLUSION")
    private OffsetDateTime fechaConclusion;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "CONSULTOR_ID")
    private Usuario consultor;

    @Convert(converter = BooleanoNumerico.class)
    private boolean demo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Confidencialidad confidencialidad = Confidencialidad.PUBLICO;

    /** The users named on a reservado case (only they and the titulares see it). */
    @jakarta.persistence.ManyToMany(fetch = FetchType.LAZY)
    @jakarta.persistence.JoinTable(name = "PETICION_AUTORIZADO",
            joinColumns = @JoinColumn(name = "PETICION_ID"), inverseJoinColumns = @JoinColumn(name = "USUARIO_ID"))
    private java.util.Set<Usuario> autorizados = new java.util.HashSet<>();

    /** The instancia that sent the case to Gestión by phone or email (Formato de petición, Anexo 16). */
    @Column(name = "INSTANCIA_ORIGEN")
    private String instanciaOrigen;

    /** Its email: it receives the notas informativas and the conclusion (5.36, act. 32 note). */
    @Column(name = "CORREO_INSTANCIA_ORIGEN")
    private String correoInstanciaOrigen;

    /** The level of the responsible área's chain the case is at (Gestión, act. 30–31); null when none is open. */
    @Column(name = "NIVEL_ESCALAMIENTO")
    private Integer nivelEscalamiento;

    /** When the current level must have given its solution: the semáforo follows it while a level is open. */
    @Column(name = "LIMITE_ESCALAMIENTO")
    private LocalDate limiteEscalamiento;

    /** The code of the public status page, encrypted like the persona's data (CodigoConsulta). */
    @Column(name = "CODIGO_CONSULTA")
    private String codigoConsulta;

    /** The answer deadline in force when concluded (FECHA_LIMITE is cleared): «answered within the deadline». */
    @Column(name = "LIMITE_AL_CONCLUIR")
    private LocalDate limiteAlConcluir;

    /** Annulled (registration made by mistake): when, by whom and why. The folio is never given again. */
    @Column(name = "ANULADA_EN")
    private OffsetDateTime anuladaEn;

    @Column(name = "ANULADA_POR")
    private String anuladaPor;

    @Column(name = "MOTIVO_ANULACION")
    private String motivoAnulacion;

    @Version
    private long version;

    protected Peticion() {
    }

    /** Gives the petición its public-status code (once: a code, once printed on the acuse, never changes). */
    public void asignarCodigoConsulta(String codigo, mx.gob.imss.siade.seguridad.CifradoDatosPersonales cifrado) {
        if (codigoConsulta == null) {
            codigoConsulta = cifrado.cifrar(codigo);
        }
    }

    /** The public-status code in clear, if it has one. */
    public java.util.Optional<String> codigoConsulta(mx.gob.imss.siade.seguridad.CifradoDatosPersonales cifrado) {
        return java.util.Optional.ofNullable(codigoConsulta).map(cifrado::descifrar);
    }

    /** A new petición, REGISTRADA under its folio. */
    public Peticion(Folio folio, PersonaUsuaria personaUsuaria, MedioCaptacion medioCaptacion, AreaDac areaDac,
                    String asunto, String resumen, OffsetDateTime fechaRecepcion, OffsetDateTime ahora) {
        if (folio == null || personaUsuaria == null || medioCaptacion == null || areaDac == null
                || fechaRecepcion == null || ahora == null) {
            throw new IllegalArgumentException("Faltan datos obligatorios de la petición");
        }
        if (asunto == null || asunto.isBlank()) {
            throw TransicionNoPermitidaException.porDatos("error.peticion.asuntoRequerido", folio.valor());
        }
        if (fechaRecepcion.isAfter(ahora)) {
            throw TransicionNoPermitidaException.porDatos("error.peticion.recepcionFutura", folio.valor());
        }
        this.folio = folio.valor();
        this.personaUsuaria = personaUsuaria;
        this.medioCaptacion = medioCaptacion;
        this.areaDac = areaDac;
        this.asunto = LongitudTexto.exigir("Asunto", asunto.trim(), 300);
        this.resumen = resumen == null ? null : LongitudTexto.exigir("Resumen", resumen.trim(), LongitudTexto.LARGO);
        this.fechaRecepcion = fechaRecepcion;
        this.fechaRegistro = ahora;
        this.estado = EstadoPeticion.REGISTRADA;
    }

    /**
     * Moves the petición along {@code transicion} if its state and the actor's roles allow it.
     *
     * @return the state it was in, for the bitácora
     */
    public EstadoPeticion aplicar(TransicionPeticion transicion, Collection<Rol> rolesActor) {
        if (!transicion.permiteDesde(estado)) {
            throw TransicionNoPermitidaException.porEstado(folio, estado, transicion);
        }
        if (!transicion.permiteA(rolesActor)) {
            throw TransicionNoPermitidaException.porRol(folio, transicion);
        }
        EstadoPeticion anterior = estado;
        estado = transicion.destino();
        return anterior;
    }

    /** Sets the tipo (exactly one, 5.10) and its deadline. */
    public EstadoPeticion clasificar(TipoPeticion nuevoTipo, LocalDate nuevaFechaLimite, Collection<Rol> rolesActor) {
        if (nuevoTipo == null) {
            throw TransicionNoPermitidaException.porDatos("error.peticion.tipoRequerido", folio);
        }
        EstadoPeticion anterior = aplicar(TransicionPeticion.CLASIFICAR, rolesActor);
        this.tipo = nuevoTipo;
        this.fechaLimite = nuevaFechaLimite;
        return anterior;
    }

    public EstadoPeticion concluir(TransicionPeticion transicion, MotivoConclusion motivo, OffsetDateTime ahora,
                                   Collection<Rol> rolesActor) {
        if (transicion.destino() != EstadoPeticion.CONCLUIDA || motivo == null) {
            throw new IllegalArgumentException("Conclusión requiere una transición a CONCLUIDA y un motivo");
        }
        EstadoPeticion anterior = aplicar(transicion, rolesActor);
        this.motivoConclusion = motivo;
        this.fechaConclusion = ahora;
        this.limiteAlConcluir = this.fechaLimite;
        this.fechaLimite = null;
        cerrarEscalamiento();
        return anterior;
    }

    /** Sets the confidentiality level and, for a reservado case, who is named on it. */
    public void clasificarConfidencialidad(Confidencialidad nivel, java.util.Collection<Usuario> nombrados) {
        this.confidencialidad = nivel;
        this.autorizados.clear();
        if (nivel == Confidencialidad.RESERVADO) {
            this.autorizados.addAll(nombrados);
        }
    }

    public Confidencialidad getConfidencialidad() {
        return confidencialidad;
    }

    public java.util.Set<Usuario> getAutorizados() {
        return java.util.Set.copyOf(autorizados);
    }

    /** Whether {@code nombreUsuario} is named on this case. */
    public boolean autoriza(String nombreUsuario) {
        return autorizados.stream().anyMatch(u -> u.getNombreUsuario().equals(nombreUsuario));
    }

    /** Records which instancia sent the case (once, at registration). */
    public void registrarOrigen(String instancia, String correo) {
        this.instanciaOrigen = instancia;
        this.correoInstanciaOrigen = correo;
    }

    public String getInstanciaOrigen() {
        return instanciaOrigen;
    }

    public String getCorreoInstanciaOrigen() {
        return correoInstanciaOrigen;
    }

    /** The case is now at this level of the responsible área's chain, due on {@code limite}. */
    public void escalarA(int nivel, LocalDate limite) {
        this.nivelEscalamiento = nivel;
        this.limiteEscalamiento = limite;
    }

    /** The área gave its solution: no level is open any more. */
    public void cerrarEscalamiento() {
        this.nivelEscalamiento = null;
        this.limiteEscalamiento = null;
    }

    /** The date the semáforo follows: the open escalation level's, else the answer deadline. */
    public LocalDate limiteVigente() {
        return limiteEscalamiento != null ? limiteEscalamiento : fechaLimite;
    }

    public Integer getNivelEscalamiento() {
        return nivelEscalamiento;
    }

    public LocalDate getLimiteEscalamiento() {
        return limiteEscalamiento;
    }

    /** Gestión's case nobody answered for (act. 28): it is recorded as an orientación when concluded. */
    public void registrarComoOrientacion() {
        this.tipo = TipoPeticion.ORIENTACION;
    }

    /** The OOAD or the UMAE involved: one or the other, never both. */
    public void ubicar(Ooad nuevaOoad, Umae nuevaUmae) {
        if (nuevaOoad != null && nuevaUmae != null) {
            throw TransicionNoPermitidaException.porDatos("error.peticion.ooadOUmae", folio);
        }
        this.ooad = nuevaOoad;
        this.umae = nuevaUmae;
    }

    /** Elements the supervisor reviews before routing (act. 81). */
    public void describirAtencion(String nuevaAreaResponsable, String nuevaNormativa, String nuevoTramite,
                                  String nuevoSubtramite) {
        this.areaResponsable = nuevaAreaResponsable;
        this.normativa = nuevaNormativa;
        this.tramite = nuevoTramite;
        this.subtramite = nuevoSubtramite;
    }

    public void asignarConsultor(Usuario nuevoConsultor) {
        this.consultor = nuevoConsultor;
    }

    /**
     * Turns the case to another área DAC (a supervisor's reassignment), with the consultor who takes it
     * there (null: unassigned until that área's supervisor assigns it).
     */
    public void turnarA(AreaDac nuevaArea, Usuario nuevoConsultor) {
        if (nuevaArea == null) {
            throw new IllegalArgumentException("Área requerida");
        }
        this.areaDac = nuevaArea;
        this.consultor = nuevoConsultor;
    }

    /**
     * Annuls a registration made by mistake: the petición stays, with its folio, as ANULADA. The caller
     * checks beforehand that it has no derivations or oficios (they live in other tables).
     *
     * @return the state it was in, for the bitácora
     */
    public EstadoPeticion anular(String por, String motivo, OffsetDateTime ahora, Collection<Rol> rolesActor) {
        if (motivo == null || motivo.isBlank()) {
            throw TransicionNoPermitidaException.porDatos("error.anulacion.sinMotivo", folio);
        }
        EstadoPeticion anterior = aplicar(TransicionPeticion.ANULAR, rolesActor);
        this.anuladaEn = ahora;
        this.anuladaPor = por;
        this.motivoAnulacion = motivo.trim();
        this.fechaLimite = null;
        cerrarEscalamiento();
        return anterior;
    }

    public LocalDate getLimiteAlConcluir() {
        return limiteAlConcluir;
    }

    public OffsetDateTime getAnuladaEn() {
        return anuladaEn;
    }

    public String getAnuladaPor() {
        return anuladaPor;
    }

    public String getMotivoAnulacion() {
        return motivoAnulacion;
    }

    public void priorizar(Prioridad nuevaPrioridad) {
        this.prioridad = nuevaPrioridad == null ? Prioridad.NORMAL : nuevaPrioridad;
    }

    public void fijarFechaLimite(LocalDate nuevaFechaLimite) {
        this.fechaLimite = nuevaFechaLimite;
    }

    public void marcarDemo() {
        this.demo = true;
    }

    /** The day it was received, in Mexico City: the day deadlines count from. */
    public LocalDate fechaRecepcionLocal() {
        return fechaRecepcion.atZoneSameInstant(Tiempo.ZONA_MEXICO).toLocalDate();
    }

    public Long getId() {
        return id;
    }

    public String getFolio() {
        return folio;
    }

    public PersonaUsuaria getPersonaUsuaria() {
        return personaUsuaria;
    }

    public TipoPeticion getTipo() {
        return tipo;
    }

    public MedioCaptacion getMedioCaptacion() {
        return medioCaptacion;
    }

    public AreaDac getAreaDac() {
        return areaDac;
    }

    public EstadoPeticion getEstado() {
        return estado;
    }

    public MotivoConclusion getMotivoConclusion() {
        return motivoConclusion;
    }

    public Prioridad getPrioridad() {
        return prioridad;
    }

    public Ooad getOoad() {
        return ooad;
    }

    public Umae getUmae() {
        return umae;
    }

    public String getAreaResponsable() {
        return areaResponsable;
    }

    public String getNormativa() {
        return normativa;
    }

    public String getTramite() {
        return tramite;
    }

    public String getSubtramite() {
        return subtramite;
    }

    public String getAsunto() {
        return asunto;
    }

    public String getResumen() {
        return resumen;
    }

    public OffsetDateTime getFechaRecepcion() {
        return fechaRecepcion;
    }

    public OffsetDateTime getFechaRegistro() {
        return fechaRegistro;
    }

    public LocalDate getFechaLimite() {
        return fechaLimite;
    }

    public OffsetDateTime getFechaConclusion() {
        return fechaConclusion;
    }

    public Usuario getConsultor() {
        return consultor;
    }

    public boolean isDemo() {
        return demo;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Peticion otra && folio != null && folio.equals(otra.folio));
    }

    @Override
    public int hashCode() {
        return folio == null ? 0 : folio.hashCode();
    }
}
