package mx.gob.imss.siade.notificaciones;

import jakarta.persistence.Basic;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.OffsetDateTime;
import mx.gob.imss.siade.peticion.Peticion;

/** An outgoing email of the outbox: written with the change that causes it, delivered after commit. */
@Entity
@Table(name = "CORREO_SALIENTE")
@NamedQuery(name = "CorreoSaliente.findPendientes",
        query = "SELECT c FROM CorreoSaliente c WHERE c.estado = mx.gob.imss.siade.notificaciones.EstadoCorreo.PENDIENTE"
                + " ORDER BY c.creadoEn, c.id")
@NamedQuery(name = "CorreoSaliente.findRecientes",
        query = "SELECT c FROM CorreoSaliente c LEFT JOIN FETCH c.peticion ORDER BY c.creadoEn DESC, c.id DESC")
@NamedQuery(name = "CorreoSaliente.findByPeticion",
        query = "SELECT c FROM CorreoSaliente c WHERE c.peticion = :peticion ORDER BY c.creadoEn, c.id")
public class CorreoSaliente implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "CORREO_SALIENTE_SEQ", sequenceName = "CORREO_SALIENTE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "CORREO_SALIENTE_SEQ")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "PETICION_ID")
    private Peticion peticion;

    @Column(nullable = false)
    private String plantilla;

    @Column(nullable = false)
    private String destinatario;

    @Column(nullable = false)
    private String asunto;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private String cuerpo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EstadoCorreo estado = EstadoCorreo.PENDIENTE;

    @Column(nullable = false)
    private int intentos;

    @Column(name = "ULTIMO_ERROR")
    private String ultimoError;

    @Column(name = "CREADO_POR", nullable = false)
    private String creadoPor;

    @Column(name = "CREADO_EN", nullable = false)
    private OffsetDateTime creadoEn;

    @Column(name = "ENVIADO_EN")
    private OffsetDateTime enviadoEn;

    /** One optional attachment (the monthly report's PDF): name, media type and bytes. */
    @Column(name = "ADJUNTO_NOMBRE")
    private String adjuntoNombre;

    @Column(name = "ADJUNTO_TIPO")
    private String adjuntoTipo;

    @jakarta.persistence.Lob
    @jakarta.persistence.Basic(fetch = jakarta.persistence.FetchType.LAZY)
    @Column(name = "ADJUNTO")
    private byte[] adjunto;

    @Version
    private long version;

    protected CorreoSaliente() {
    }

    public CorreoSaliente(Peticion peticion, String plantilla, String destinatario, String asunto, String cuerpo,
                          String creadoPor, OffsetDateTime creadoEn) {
        this.peticion = peticion;
        this.plantilla = plantilla;
        this.destinatario = destinatario;
        this.asunto = asunto.length() > 300 ? asunto.substring(0, 300) : asunto;
        this.cuerpo = cuerpo;
        this.creadoPor = creadoPor;
        this.creadoEn = creadoEn;
    }

    public void marcarEnviado(OffsetDateTime cuando) {
        intentos++;
        estado = EstadoCorreo.ENVIADO;
        enviadoEn = cuando;
        ultimoError = null;
    }

    /** A failed attempt; after {@code maximo} attempts the message is given up as FALLIDO. */
    public void registrarFallo(String error, int maximo) {
        intentos++;
        ultimoError = error == null ? "?" : error.length() > 1000 ? error.substring(0, 1000) : error;
        if (intentos >= maximo) {
            estado = EstadoCorreo.FALLIDO;
        }
    }

    public void adjuntar(String nombre, String tipo, byte[] contenido) {
        this.adjuntoNombre = nombre;
        this.adjuntoTipo = tipo;
        this.adjunto = contenido.clone();
    }

    public String getAdjuntoNombre() {
        return adjuntoNombre;
    }

    public String getAdjuntoTipo() {
        return adjuntoTipo;
    }

    public byte[] getAdjunto() {
        return adjunto == null ? null : adjunto.clone();
    }

    public Long getId() {
        return id;
    }

    public Peticion getPeticion() {
        return peticion;
    }

    public String getPlantilla() {
        return plantilla;
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

    public EstadoCorreo getEstado() {
        return estado;
    }

    public int getIntentos() {
        return intentos;
    }

    public String getUltimoError() {
        return ultimoError;
    }

    public String getCreadoPor() {
        return creadoPor;
    }

    public OffsetDateTime getCreadoEn() {
        return creadoEn;
    }

    public OffsetDateTime getEnviadoEn() {
        return enviadoEn;
    }
}
