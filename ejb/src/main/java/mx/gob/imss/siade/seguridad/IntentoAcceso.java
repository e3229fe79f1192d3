package mx.gob.imss.siade.seguridad;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The recent failed sign-ins of one account ({@code U:nombre}) or one address ({@code D:ip}).
 * It decides, by its own rules, how long the next attempt must wait and when the key is locked:
 * after {@code umbralEspera} failures each further failure doubles the wait (5 s, 10 s, 20 s …
 * up to a minute); at {@code umbralBloqueo} failures the key is locked for a while. Failures older
 * than the window are forgotten.
 */
@Entity
@Table(name = "INTENTO_ACCESO")
@NamedQuery(name = "IntentoAcceso.findBloqueados",
        query = "SELECT i FROM IntentoAcceso i WHERE i.bloqueadoHasta > :ahora ORDER BY i.bloqueadoHasta DESC")
public class IntentoAcceso implements Serializable {

    private static final long serialVersionUID = 1L;

    static final Duration VENTANA = Duration.ofMinutes(15);
    static final Duration ESPERA_INICIAL = Duration.ofSeconds(5);
    static final Duration ESPERA_MAXIMA = Duration.ofSeconds(60);
    static final Duration BLOQUEO = Duration.ofMinutes(15);

    @Id
    private String clave;

    private int fallos;

    @Column(name = "ULTIMO_FALLO", nullable = false)
    private OffsetDateTime ultimoFallo;

    @Column(name = "ESPERA_HASTA")
    private OffsetDateTime esperaHasta;

    @Column(name = "BLOQUEADO_HASTA")
    private OffsetDateTime bloqueadoHasta;

    @Version
    private long version;

    protected IntentoAcceso() {
    }

    public IntentoAcceso(String clave, OffsetDateTime ahora) {
        this.clave = clave;
        this.ultimoFallo = ahora;
    }

    public static String deCuenta(String nombreUsuario) {
        return "U:" + (nombreUsuario == null ? "" : nombreUsuario.trim().toLowerCase(java.util.Locale.ROOT));
    }

    public static String deDireccion(String direccion) {
        return "D:" + direccion;
    }

    /** How long an attempt made now must still wait (locked or slowed down), if at all. */
    public Optional<Duration> esperaRestante(OffsetDateTime ahora) {
        OffsetDateTime hasta = bloqueadoHasta != null && bloqueadoHasta.isAfter(ahora) ? bloqueadoHasta : esperaHasta;
        if (hasta == null || !hasta.isAfter(ahora)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(ahora, hasta));
    }

    /**
     * Counts a failure; returns true when this failure locked the key.
     */
    public boolean registrarFallo(OffsetDateTime ahora, int umbralEspera, int umbralBloqueo) {
        if (ultimoFallo != null && Duration.between(ultimoFallo, ahora).compareTo(VENTANA) > 0
                && (bloqueadoHasta == null || !bloqueadoHasta.isAfter(ahora))) {
            fallos = 0;
            bloqueadoHasta = null;
        }
        fallos++;
        ultimoFallo = ahora;
        if (fallos >= umbralBloqueo) {
            boolean nuevo = bloqueadoHasta == null || !bloqueadoHasta.isAfter(ahora);
            bloqueadoHasta = ahora.plus(BLOQUEO);
            esperaHasta = null;
            return nuevo;
        }
        if (fallos >= umbralEspera) {
            long segundos = Math.min(ESPERA_MAXIMA.toSeconds(), ESPERA_INICIAL.toSeconds() << Math.min(20, fallos - umbralEspera));
            esperaHasta = ahora.plusSeconds(segundos);
        }
        return false;
    }

    public boolean bloqueadoEn(OffsetDateTime ahora) {
        return bloqueadoHasta != null && bloqueadoHasta.isAfter(ahora);
    }

    public String getClave() {
        return clave;
    }

    public int getFallos() {
        return fallos;
    }

    public OffsetDateTime getUltimoFallo() {
        return ultimoFallo;
    }

    public OffsetDateTime getBloqueadoHasta() {
        return bloqueadoHasta;
    }

    /** The account's name or the address, without the kind prefix, for the screen. */
    public String getSujeto() {
        return clave.substring(2);
    }

    public boolean isCuenta() {
        return clave.startsWith("U:");
    }
}
