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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import mx.gob.imss.siade.infra.BooleanoNumerico;
import mx.gob.imss.siade.seguridad.Usuario;

/**
 * A titular's absence (5.70): from {@code desde} to {@code hasta}, both included, the suplente signs
 * the oficios that await the titular's signature. Outside the dates it has no effect.
 */
@Entity
@Table(name = "AUSENCIA")
@NamedQuery(name = "Ausencia.deTitular", query = "SELECT a FROM Ausencia a WHERE a.titular = :titular"
        + " AND a.cancelada = false ORDER BY a.desde")
@NamedQuery(name = "Ausencia.vigentesDeSuplente", query = "SELECT a FROM Ausencia a WHERE a.suplente = :suplente"
        + " AND a.cancelada = false AND a.desde <= :hoy AND a.hasta >= :hoy")
@NamedQuery(name = "Ausencia.recientes", query = "SELECT a FROM Ausencia a WHERE a.hasta >= :desde ORDER BY a.desde DESC")
public class Ausencia implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "AUSENCIA_SEQ", sequenceName = "AUSENCIA_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "AUSENCIA_SEQ")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "TITULAR_ID", nullable = false, updatable = false)
    private Usuario titular;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "SUPLENTE_ID", nullable = false, updatable = false)
    private Usuario suplente;

    @Column(nullable = false, updatable = false)
    private LocalDate desde;

    @Column(nullable = false, updatable = false)
    private LocalDate hasta;

    @Column(updatable = false)
    private String motivo;

    @Column(name = "REGISTRADA_POR", nullable = false, updatable = false)
    private String registradaPor;

    @Column(name = "REGISTRADA_EN", nullable = false, updatable = false)
    private OffsetDateTime registradaEn;

    @Convert(converter = BooleanoNumerico.class)
    @Column(nullable = false)
    private boolean cancelada;

    @Version
    private long version;

    protected Ausencia() {
    }

    public Ausencia(Usuario titular, Usuario suplente, LocalDate desde, LocalDate hasta, String motivo,
                    String registradaPor, OffsetDateTime registradaEn) {
        if (desde == null || hasta == null || hasta.isBefore(desde)) {
            throw new FirmaRechazadaException("error.ausencia.fechas");
        }
        if (titular.equals(suplente)) {
            throw new FirmaRechazadaException("error.ausencia.mismaPersona");
        }
        this.titular = titular;
        this.suplente = suplente;
        this.desde = desde;
        this.hasta = hasta;
        this.motivo = motivo;
        this.registradaPor = registradaPor;
        this.registradaEn = registradaEn;
    }

    /** Whether the absence is in force on {@code dia}. */
    public boolean cubre(LocalDate dia) {
        return !cancelada && !dia.isBefore(desde) && !dia.isAfter(hasta);
    }

    /** Whether both absences share at least one day (two of one titular may not). */
    public boolean seTraslapaCon(Ausencia otra) {
        return !cancelada && !otra.cancelada && !hasta.isBefore(otra.desde) && !otra.hasta.isBefore(desde);
    }

    void cancelar() {
        cancelada = true;
    }

    public Long getId() {
        return id;
    }

    public Usuario getTitular() {
        return titular;
    }

    public Usuario getSuplente() {
        return suplente;
    }

    public LocalDate getDesde() {
        return desde;
    }

    public LocalDate getHasta() {
        return hasta;
    }

    public String getMotivo() {
        return motivo;
    }

    public String getRegistradaPor() {
        return registradaPor;
    }

    public boolean isCancelada() {
        return cancelada;
    }
}
