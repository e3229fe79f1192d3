package mx.gob.imss.siade.seguridad;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One line of the security log (sign-in failures, locks, refused reads of other áreas' cases). */
@Entity
@Table(name = "EVENTO_SEGURIDAD")
@NamedQuery(name = "EventoSeguridad.recientes", query = "SELECT e FROM EventoSeguridad e ORDER BY e.fecha DESC, e.id DESC")
public class EventoSeguridad implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "EVENTO_SEGURIDAD_SEQ", sequenceName = "EVENTO_SEGURIDAD_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "EVENTO_SEGURIDAD_SEQ")
    private Long id;

    @Column(nullable = false)
    private OffsetDateTime fecha;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TipoEventoSeguridad tipo;

    private String usuario;

    private String direccion;

    private String detalle;

    protected EventoSeguridad() {
    }

    public EventoSeguridad(OffsetDateTime fecha, TipoEventoSeguridad tipo, String usuario, String direccion,
                           String detalle) {
        this.fecha = fecha;
        this.tipo = tipo;
        this.usuario = recortar(usuario, 100);
        this.direccion = recortar(direccion, 64);
        this.detalle = recortar(detalle, 500);
    }

    private static String recortar(String texto, int maximo) {
        return texto == null || texto.length() <= maximo ? texto : texto.substring(0, maximo);
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getFecha() {
        return fecha;
    }

    public TipoEventoSeguridad getTipo() {
        return tipo;
    }

    public String getUsuario() {
        return usuario;
    }

    public String getDireccion() {
        return direccion;
    }

    public String getDetalle() {
        return detalle;
    }
}
