package mx.gob.imss.siade.seguridad;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Slows down and locks password guessing, per account and per address (OWASP ASVS 2.2.1):
 * from the 3rd consecutive failure of an account each attempt must wait longer (5 s, 10 s, 20 s …
 * up to 60 s) and at the 10th the account is locked for 15 minutes; an address gets the same from
 * its 10th and 30th failure, so one address cannot try many accounts. Attempts are counted in the
 * database, so every node of a cluster sees them. Unknown names are treated exactly like known
 * ones: nothing here tells whether an account exists. The administrador lists and unlocks.
 */
@Stateless
public class IntentosAccesoService {

    static final int CUENTA_ESPERA = 3;
    static final int CUENTA_BLOQUEO = 10;
    static final int DIRECCION_ESPERA = 10;
    static final int DIRECCION_BLOQUEO = 30;

    private static final Logger LOG = Logger.getLogger(IntentosAccesoService.class.getName());

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Resource
    private SessionContext contexto;

    @Inject
    private Clock reloj;

    /** How long an attempt from this account and address must still wait; recorded when refused. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Duration> esperaAntesDeIntentar(String usuario, String direccion) {
        OffsetDateTime ahora = OffsetDateTime.now(reloj);
        Optional<Duration> espera = Stream.of(IntentoAcceso.deCuenta(usuario), IntentoAcceso.deDireccion(direccion))
                .map(clave -> em.find(IntentoAcceso.class, clave))
                .filter(java.util.Objects::nonNull)
                .map(i -> i.esperaRestante(ahora))
                .flatMap(Optional::stream)
                .max(Duration::compareTo);
        espera.ifPresent(d -> em.persist(new EventoSeguridad(ahora, TipoEventoSeguridad.ACCESO_REHUSADO, usuario,
                direccion, "Debe esperar " + Math.max(1, d.toSeconds()) + " s")));
        return espera;
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void registrarFallo(String usuario, String direccion) {
        OffsetDateTime ahora = OffsetDateTime.now(reloj);
        em.persist(new EventoSeguridad(ahora, TipoEventoSeguridad.ACCESO_FALLIDO, usuario, direccion, null));
        contar(IntentoAcceso.deCuenta(usuario), ahora, CUENTA_ESPERA, CUENTA_BLOQUEO, usuario, direccion);
        contar(IntentoAcceso.deDireccion(direccion), ahora, DIRECCION_ESPERA, DIRECCION_BLOQUEO, usuario, direccion);
    }

    /** A successful sign-in clears the account's failures (not the address's: one good account must not reset it). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void registrarExito(String usuario) {
        IntentoAcceso intento = em.find(IntentoAcceso.class, IntentoAcceso.deCuenta(usuario));
        if (intento != null) {
            em.remove(intento);
        }
    }

    @RolesAllowed(Roles.ADMIN)
    public List<IntentoAcceso> bloqueados() {
        return em.createNamedQuery("IntentoAcceso.findBloqueados", IntentoAcceso.class)
                .setParameter("ahora", OffsetDateTime.now(reloj)).getResultList();
    }

    @RolesAllowed(Roles.ADMIN)
    public void desbloquear(String clave) {
        IntentoAcceso intento = em.find(IntentoAcceso.class, clave, LockModeType.PESSIMISTIC_WRITE);
        if (intento != null) {
            em.remove(intento);
            em.persist(new EventoSeguridad(OffsetDateTime.now(reloj), TipoEventoSeguridad.DESBLOQUEO,
                    intento.isCuenta() ? intento.getSujeto() : null, intento.isCuenta() ? null : intento.getSujeto(),
                    "Desbloqueado por " + contexto.getCallerPrincipal().getName()));
        }
    }

    @RolesAllowed(Roles.ADMIN)
    public List<EventoSeguridad> eventosRecientes(int maximo) {
        return em.createNamedQuery("EventoSeguridad.recientes", EventoSeguridad.class)
                .setMaxResults(Math.max(1, Math.min(maximo, 500))).getResultList();
    }

    private void contar(String clave, OffsetDateTime ahora, int umbralEspera, int umbralBloqueo, String usuario,
                        String direccion) {
        IntentoAcceso intento = em.find(IntentoAcceso.class, clave, LockModeType.PESSIMISTIC_WRITE);
        if (intento == null) {
            intento = new IntentoAcceso(clave, ahora);
            em.persist(intento);
        }
        if (intento.registrarFallo(ahora, umbralEspera, umbralBloqueo)) {
            LOG.warning(() -> "Bloqueo temporal de inicio de sesión: " + clave);
            em.persist(new EventoSeguridad(ahora, TipoEventoSeguridad.BLOQUEO, usuario, direccion,
                    "Bloqueo de " + clave + " hasta " + intento.getBloqueadoHasta()));
        }
    }
}
