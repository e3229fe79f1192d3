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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import mx.gob.imss.siade.peticion.Peticion;

/**
 * One level a case reached in the chain of its responsible área (act. 30–31): the contact at level 1,
 * each escalation to a superior after. It keeps a copy of what the chain said then (cargo, contact,
 * due date), so changing the chain later does not rewrite a case's history. Closed when the case goes
 * one level up or the área gives its solution.
 */
@Entity
@Table(name = "ESCALAMIENTO")
@NamedQuery(name = "Escalamiento.dePeticion",
        query = "SELECT e FROM Escalamiento e WHERE e.peticion = :peticion ORDER BY e.nivel")
public class Escalamiento implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How a level ended. */
    public enum Cierre {
        /** The case went up to the next level. */
        ESCALADO,
        /** The área gave its solution. */
        RESUELTO
    }

    @Id
    @SequenceGenerator(name = "ESCALAMIENTO_SEQ", sequenceName = "ESCALAMIENTO_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ESCALAMIENTO_SEQ")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "PETICION_ID", nullable = false, updatable = false)
    private Peticion peticion;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "AREA_INSTITUCIONAL_ID", nullable = false, updatable = false)
    private AreaInstitucional area;

    @Column(nullable = false, updatable = false)
    private int nivel;

    @Column(nullable = false, updatable = false)
    private String cargo;

    @Column(updatable = false)
    private String correo;

    @Column(updatable = false)
    private String telefono;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime inicio;

    @Column(name = "FECHA_LIMITE", nullable = false, updatable = false)
    private LocalDate fechaLimite;

    @Column(updatable = false)
    private String nota;

    @Column(name = "REGISTRADO_POR", nullable = false, updatable = false)
    private String registradoPor;

    @Column(name = "CERRADO_EN")
    private OffsetDateTime cerradoEn;

    @Enumerated(EnumType.STRING)
    private Cierre cierre;

    private String solucion;

    protected Escalamiento() {
    }

    Escalamiento(Peticion peticion, NivelEscalamiento nivel, AreaInstitucional area, OffsetDateTime inicio,
                 LocalDate fechaLimite, String nota, String registradoPor) {
        this.peticion = peticion;
        this.area = area;
        this.nivel = nivel.getNivel();
        this.cargo = nivel.getCargo();
        this.correo = nivel.getCorreo();
        this.telefono = nivel.getTelefono();
        this.inicio = inicio;
        this.fechaLimite = fechaLimite;
        this.nota = nota;
        this.registradoPor = registradoPor;
    }

    void cerrar(Cierre como, String textoSolucion, OffsetDateTime cuando) {
        this.cierre = como;
        this.solucion = textoSolucion;
        this.cerradoEn = cuando;
    }

    public boolean isAbierto() {
        return cierre == null;
    }

    public Long getId() {
        return id;
    }

    public AreaInstitucional getArea() {
        return area;
    }

    public int getNivel() {
        return nivel;
    }

    public String getCargo() {
        return cargo;
    }

    public String getCorreo() {
        return correo;
    }

    public String getTelefono() {
        return telefono;
    }

    public OffsetDateTime getInicio() {
        return inicio;
    }

    public LocalDate getFechaLimite() {
        return fechaLimite;
    }

    public String getNota() {
        return nota;
    }

    public String getRegistradoPor() {
        return registradoPor;
    }

    public OffsetDateTime getCerradoEn() {
        return cerradoEn;
    }

    public Cierre getCierre() {
        return cierre;
    }

    public String getSolucion() {
        return solucion;
    }
}
