package mx.gob.imss.siade.seguridad;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Slows down lookups of the public pages (verification of oficios, status of a petición) from one
 * address, in the caller's transaction and in the database (every node counts the same): every
 * lookup counts, hit or miss, so both cost the same; from the 10th in 15 minutes each must wait (5 s,
 * doubling up to 60 s), at the 30th the address is locked for 15 minutes. The administrador sees and
 * lifts the locks in Seguridad.
 */
@ApplicationScoped
public class LimitePorDireccion {

    static final int ESPERA_DESDE = 10;
    static final int BLOQUEO_EN = 30;

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Inject
    private Clock reloj;

    /**
     * Counts one lookup of {@code pagina} ("V" verification, "C" consulta) from {@code direccion}.
     *
     * @return the wait still due, if the lookup must not run now
     */
    public Optional<Duration> contar(String pagina, String direccion) {
        OffsetDateTime ahora = OffsetDateTime.now(reloj);
        String clave = pagina + ":" + (direccion == null ? "?" : direccion);
        IntentoAcceso intento = em.find(IntentoAcceso.class, clave, LockModeType.PESSIMISTIC_WRITE);
        if (intento == null) {
            intento = new IntentoAcceso(clave, ahora);
            em.persist(intento);
        }
        Optional<Duration> espera = intento.esperaRestante(ahora);
        if (espera.isPresent()) {
            return espera;
        }
        intento.registrarFallo(ahora, ESPERA_DESDE, BLOQUEO_EN);
        return Optional.empty();
    }
}
