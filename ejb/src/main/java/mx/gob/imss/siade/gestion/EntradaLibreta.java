package mx.gob.imss.siade.gestion;

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
import java.io.Serializable;
import java.time.OffsetDateTime;
import mx.gob.imss.siade.catalogos.AreaDac;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.seguridad.CifradoDatosPersonales;
import mx.gob.imss.siade.seguridad.Usuario;

/**
 * One entry of the Libreta de enlace (Anexo 5, 5.38–5.39): written by the consultor of a night, weekend
 * or holiday shift, never changed; reviewed once by the jefe de área or supervisor the next business day,
 * who turns it into a case or assigns it to a person. The persona's name and telephone are encrypted.
 * Every column is insert-only except the review, which {@link #revisar} writes once (on Oracle a trigger
 * refuses any later change or delete, ddl/oracle/V15_1).
 */
@Entity
@Table(name = "LIBRETA_ENLACE")
@NamedQuery(name = "EntradaLibreta.pendientes", query = "SELECT e FROM EntradaLibreta e WHERE e.areaDac = :area"
        + " AND e.revision IS NULL ORDER BY e.escritaEn, e.id")
@NamedQuery(name = "EntradaLibreta.recientes", query = "SELECT e FROM EntradaLibreta e WHERE e.areaDac = :area"
        + " AND e.escritaEn >= :desde ORDER BY e.escritaEn DESC, e.id DESC")
@NamedQuery(name = "EntradaLibreta.asignadasA", query = "SELECT e FROM EntradaLibreta e WHERE e.asignadaA = :usuario"
        + " ORDER BY e.revisadaEn DESC")
public class EntradaLibreta implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the review did with the entry. */
    public enum Revision {
        /** Turned into a petición with its own folio. */
        CONVERTIDA,
        /** Assigned to a person to attend. */
        ASIGNADA
    }

    @Id
    @SequenceGenerator(name = "LIBRETA_ENLACE_SEQ", sequenceName = "LIBRETA_ENLACE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "LIBRETA_ENLACE_SEQ")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "AREA_DAC_ID", nullable = false, updatable = false)
    private AreaDac areaDac;

    @Column(name = "ESCRITA_EN", nullable = false, updatable = false)
    private OffsetDateTime escritaEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private TurnoLibreta turno;

    @Column(name = "ESCRITA_POR", nullable = false, updatable = false)
    private String escritaPor;

    /** Encrypted. */
    @Column(nullable = false, updatable = false)
    private String persona;

    /** Encrypted. */
    @Column(updatable = false)
    private String telefono;

    @Column(nullable = false, updatable = false)
    private String asunto;

    @Column(nullable = false, updatable = false)
    private String descripcion;

    @Enumerated(EnumType.STRING)
    private Revision revision;

    @Column(name = "REVISADA_POR")
    private String revisadaPor;

    @Column(name = "REVISADA_EN")
    private OffsetDateTime revisadaEn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "PETICION_ID")
    private Peticion peticion;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ASIGNADA_A_ID")
    private Usuario asignadaA;

    private String instruccion;

    protected EntradaLibreta() {
    }

    public EntradaLibreta(AreaDac areaDac, OffsetDateTime escritaEn, TurnoLibreta turno, String escritaPor,
                          String personaCifrada, String telefonoCifrado, String asunto, String descripcion) {
        this.areaDac = areaDac;
        this.escritaEn = escritaEn;
        this.turno = turno;
        this.escritaPor = escritaPor;
        this.persona = personaCifrada;
        this.telefono = telefonoCifrado;
        this.asunto = asunto;
        this.descripcion = descripcion;
    }

    /** The one review: refused if the entry was already reviewed. */
    void revisar(Revision como, String quien, OffsetDateTime cuando, Peticion caso, Usuario persona, String texto) {
        if (revision != null) {
            throw new GestionRechazadaException("error.libreta.yaRevisada", id);
        }
        this.revision = como;
        this.revisadaPor = quien;
        this.revisadaEn = cuando;
        this.peticion = caso;
        this.asignadaA = persona;
        this.instruccion = texto;
    }

    public String persona(CifradoDatosPersonales cifrado) {
        return cifrado.descifrar(persona);
    }

    public String telefono(CifradoDatosPersonales cifrado) {
        return telefono == null ? null : cifrado.descifrar(telefono);
    }

    public Long getId() {
        return id;
    }

    public AreaDac getAreaDac() {
        return areaDac;
    }

    public OffsetDateTime getEscritaEn() {
        return escritaEn;
    }

    public TurnoLibreta getTurno() {
        return turno;
    }

    public String getEscritaPor() {
        return escritaPor;
    }

    public String getAsunto() {
        return asunto;
    }

    public String getDescripcion() {
        return descripcion;
    }

    public Revision getRevision() {
        return revision;
    }

    public String getRevisadaPor() {
        return revisadaPor;
    }

    public OffsetDateTime getRevisadaEn() {
        return revisadaEn;
    }

    public Peticion getPeticion() {
        return peticion;
    }

    public Usuario getAsignadaA() {
        return asignadaA;
    }

    public String getInstruccion() {
        return instruccion;
    }
}
