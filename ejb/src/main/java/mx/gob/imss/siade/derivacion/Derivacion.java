package mx.gob.imss.siade.derivacion;

import mx.gob.imss.siade.infra.LongitudTexto;
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
import mx.gob.imss.siade.catalogos.Instancia;
import mx.gob.imss.siade.documentos.Documento;
import mx.gob.imss.siade.peticion.Peticion;

/**
 * One routing (turno) of a petición to an instancia. A rejected answer closes this derivación
 * as RECHAZADA and a new one with the next {@link #getNumero() número} is opened, so the loop of
 * act. 120-121 stays counted and visible.
 */
@Entity
@Table(name = "DERIVACION")
@NamedQuery(name = "Derivacion.findByPeticion",
        query = "SELECT d FROM Derivacion d JOIN FETCH d.instancia WHERE d.peticion = :peticion ORDER BY d.numero")
@NamedQuery(name = "Derivacion.countToArea",
        query = "SELECT COUNT(d) FROM Derivacion d WHERE d.peticion = :peticion AND d.instancia.areaDac.id = :area")
public class Derivacion implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "DERIVACION_SEQ", sequenceName = "DERIVACION_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "DERIVACION_SEQ")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "PETICION_ID", nullable = false, updatable = false)
    private Peticion peticion;

    @Column(nullable = false, updatable = false)
    private int numero;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "INSTANCIA_ID", nullable = false)
    private Instancia instancia;

    @Column(name = "DERIVADA_POR", nullable = false)
    private String derivadaPor;

    @Column(name = "FECHA_DERIVACION", nullable = false)
    private OffsetDateTime fechaDerivacion;

    @jakarta.persistence.Lob
    private String motivo;

    @Column(name = "FECHA_LIMITE")
    private LocalDate fechaLimite;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EstadoDerivacion estado;

    @jakarta.persistence.Lob
    private String respuesta;

    @Column(name = "FECHA_RESPUESTA")
    private OffsetDateTime fechaRespuesta;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "DOCUMENTO_RESPUESTA_ID")
    private Documento documentoRespuesta;

    @jakarta.persistence.Lob
    @Column(name = "NOTA_RECHAZO")
    private String notaRechazo;

    @Version
    private long version;

    protected Derivacion() {
    }

    public Derivacion(Peticion peticion, int numero, Instancia instancia, String derivadaPor,
                      OffsetDateTime fechaDerivacion, String motivo, LocalDate fechaLimite) {
        this.peticion = peticion;
        this.numero = numero;
        this.instancia = instancia;
        this.derivadaPor = derivadaPor;
        this.fechaDerivacion = fechaDerivacion;
        this.motivo = LongitudTexto.exigir("Motivo", motivo, LongitudTexto.MEDIANO);
        this.fechaLimite = fechaLimite;
        this.estado = instancia.isConSeguimiento() ? EstadoDerivacion.PENDIENTE : EstadoDerivacion.NOTIFICADA;
    }

    public void registrarRespuesta(String textoRespuesta, Documento documento, OffsetDateTime fecha) {
        this.respuesta = LongitudTexto.exigir("Respuesta", textoRespuesta, LongitudTexto.LARGO);
        this.documentoRespuesta = documento;
        this.fechaRespuesta = fecha;
        this.estado = EstadoDerivacion.RESPONDIDA;
    }

    public void aceptar() {
        this.estado = EstadoDerivacion.ACEPTADA;
    }

    public void rechazar(String nota) {
        this.notaRechazo = LongitudTexto.exigir("Nota", nota, LongitudTexto.MEDIANO);
        this.estado = EstadoDerivacion.RECHAZADA;
    }

    public Long getId() {
        return id;
    }

    public Peticion getPeticion() {
        return peticion;
    }

    public int getNumero() {
        return numero;
    }

    public Instancia getInstancia() {
        return instancia;
    }

    public String getDerivadaPor() {
        return derivadaPor;
    }

    public OffsetDateTime getFechaDerivacion() {
        return fechaDerivacion;
    }

    public String getMotivo() {
        return motivo;
    }

    public LocalDate getFechaLimite() {
        return fechaLimite;
    }

    public EstadoDerivacion getEstado() {
        return estado;
    }

    public String getRespuesta() {
        return respuesta;
    }

    public OffsetDateTime getFechaRespuesta() {
        return fechaRespuesta;
    }

    public Documento getDocumentoRespuesta() {
        return documentoRespuesta;
    }

    public String getNotaRechazo() {
        return notaRechazo;
    }
}
