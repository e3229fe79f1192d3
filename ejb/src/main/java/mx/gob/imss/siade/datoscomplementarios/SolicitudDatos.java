package mx.gob.imss.siade.datoscomplementarios;

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
import java.time.OffsetDateTime;
import mx.gob.imss.siade.peticion.Peticion;

/** A request of datos complementarios to the persona usuaria, with its deadline. */
@Entity
@Table(name = "SOLICITUD_DATOS")
@NamedQuery(name = "SolicitudDatos.findIdsVencidas",
        query = "SELECT s.id FROM SolicitudDatos s WHERE s.estado = mx.gob.imss.siade.datoscomplementarios.EstadoSolicitud.PENDIENTE"
                + " AND s.fechaLimite <= :ahora ORDER BY s.fechaLimite")
@NamedQuery(name = "SolicitudDatos.findPendienteByPeticion",
        query = "SELECT s FROM SolicitudDatos s WHERE s.peticion = :peticion"
                + " AND s.estado = mx.gob.imss.siade.datoscomplementarios.EstadoSolicitud.PENDIENTE")
@NamedQuery(name = "SolicitudDatos.findByPeticion",
        query = "SELECT s FROM SolicitudDatos s WHERE s.peticion = :peticion ORDER BY s.fechaEnvio, s.id")
public class SolicitudDatos implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "SOLICITUD_DATOS_SEQ", sequenceName = "SOLICITUD_DATOS_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "SOLICITUD_DATOS_SEQ")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "PETICION_ID", nullable = false, updatable = false)
    private Peticion peticion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CanalSolicitud canal;

    @jakarta.persistence.Lob
    @Column(name = "DATOS_SOLICITADOS", nullable = false)
    private String datosSolicitados;

    @Column(name = "FECHA_ENVIO", nullable = false)
    private OffsetDateTime fechaEnvio;

    @Column(name = "FECHA_LIMITE", nullable = false)
    private OffsetDateTime fechaLimite;

    @Column(nullable = false)
    private int intentos = 1;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EstadoSolicitud estado = EstadoSolicitud.PENDIENTE;

    @jakarta.persistence.Lob
    private String respuesta;

    @Column(name = "FECHA_RESPUESTA")
    private OffsetDateTime fechaRespuesta;

    @Column(name = "SOLICITADA_POR", nullable = false)
    private String solicitadaPor;

    @Version
    private long version;

    protected SolicitudDatos() {
    }

    public SolicitudDatos(Peticion peticion, CanalSolicitud canal, String datosSolicitados, OffsetDateTime fechaEnvio,
                          OffsetDateTime fechaLimite, String solicitadaPor) {
        this.peticion = peticion;
        this.canal = canal;
        this.datosSolicitados = LongitudTexto.exigir("Datos solicitados", datosSolicitados, LongitudTexto.MEDIANO);
        this.fechaEnvio = fechaEnvio;
        this.fechaLimite = fechaLimite;
        this.solicitadaPor = solicitadaPor;
    }

    public void atender(String textoRespuesta, OffsetDateTime cuando) {
        this.respuesta = LongitudTexto.exigir("Respuesta", textoRespuesta, LongitudTexto.LARGO);
        this.fechaRespuesta = cuando;
        this.estado = EstadoSolicitud.ATENDIDA;
    }

    public void vencer() {
        this.estado = EstadoSolicitud.VENCIDA;
    }

    public boolean vencidaEn(OffsetDateTime momento) {
        return estado == EstadoSolicitud.PENDIENTE && !fechaLimite.isAfter(momento);
    }

    public Long getId() {
        return id;
    }

    public Peticion getPeticion() {
        return peticion;
    }

    public CanalSolicitud getCanal() {
        return canal;
    }

    public String getDatosSolicitados() {
        return datosSolicitados;
    }

    public OffsetDateTime getFechaEnvio() {
        return fechaEnvio;
    }

    public OffsetDateTime getFechaLimite() {
        return fechaLimite;
    }

    public int getIntentos() {
        return intentos;
    }

    public EstadoSolicitud getEstado() {
        return estado;
    }

    public String getRespuesta() {
        return respuesta;
    }

    public OffsetDateTime getFechaRespuesta() {
        return fechaRespuesta;
    }

    public String getSolicitadaPor() {
        return solicitadaPor;
    }
}
