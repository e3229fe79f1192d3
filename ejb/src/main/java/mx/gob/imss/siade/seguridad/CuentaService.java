package mx.gob.imss.siade.seguridad;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * The signed-in person's own account: whether a session may go on ({@link #estado}, asked on every request)
 * and changing one's own password (forced after a temporary one).
 */
@Stateless
public class CuentaService {

    @Resource
    private SessionContext contexto;

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Inject
    private UsuarioRepository usuarios;

    @Inject
    private HashContrasenas hashes;

    @Inject
    private Clock reloj;

    @PermitAll
    public EstadoCuenta estado(String nombreUsuario) {
        return em.createQuery("SELECT new mx.gob.imss.siade.seguridad.EstadoCuenta(u.activo, u.debeCambiarContrasena,"
                        + " u.contrasenaCambiadaEn) FROM Usuario u WHERE u.nombreUsuario = :nombre", EstadoCuenta.class)
                .setParameter("nombre", nombreUsuario).getResultStream().findFirst().orElse(EstadoCuenta.INEXISTENTE);
    }

    /**
     * Changes the caller's password: the current one must be right, the new one meet the policy and differ.
     *
     * @return when it changed (sessions that started before are over, this one is renewed by the caller)
     */
    @RolesAllowed({Roles.CONSULTOR, Roles.SUPERVISOR, Roles.JEFE_AREA, Roles.TITULAR_DAC, Roles.TITULAR_CAO,
            Roles.CORRESPONDENCIA, Roles.JURIDICO, Roles.ADMIN})
    public OffsetDateTime cambiarContrasena(String actual, String nueva, String confirmacion) {
        Usuario usuario = usuarios.de(Actor.de(contexto));
        if (!hashes.coincide(actual, usuario.getHashContrasena())) {
            throw new UsuarioRechazadoException("error.contrasena.actual");
        }
        if (nueva == null || !nueva.equals(confirmacion)) {
            throw new UsuarioRechazadoException("error.contrasena.confirmacion");
        }
        if (nueva.equals(actual)) {
            throw new UsuarioRechazadoException("error.contrasena.igual");
        }
        PoliticaContrasena.incumple(nueva, usuario.getNombreUsuario()).ifPresent(clave -> {
            throw new UsuarioRechazadoException(clave, PoliticaContrasena.MINIMO);
        });
        OffsetDateTime ahora = OffsetDateTime.now(reloj);
        usuario.fijarContrasena(hashes.generar(nueva), false, ahora);
        em.persist(new EventoSeguridad(ahora, TipoEventoSeguridad.CAMBIO_CONTRASENA, usuario.getNombreUsuario(), null,
                "Cambió su contraseña"));
        return ahora;
    }
}
