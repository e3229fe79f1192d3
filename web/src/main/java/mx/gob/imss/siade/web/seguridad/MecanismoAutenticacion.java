package mx.gob.imss.siade.web.seguridad;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.imss.siade.seguridad.CuentaService;
import mx.gob.imss.siade.seguridad.EstadoCuenta;
import mx.gob.imss.siade.seguridad.IntentosAccesoService;
import mx.gob.imss.siade.web.infra.BaseNoDisponible;

/**
 * Form sign-in with our own page, and the caller of every later request.
 *
 * <p>Why not {@code @CustomFormAuthenticationMechanismDefinition}: with it, signed-in users got
 * random 403s under parallel requests (measured 11 of 100; payara/Payara#6145): its session
 * re-authentication hands the container only the caller principal, and under load the container's
 * lookup of that principal's groups returns nothing. Here the password is checked once, against
 * the identity store; name and groups are kept in the HTTP session, and every later request
 * tells the container both explicitly. Sign-in attempts are slowed down and locked by
 * {@link IntentosAccesoService}.
 */
@ApplicationScoped
public class MecanismoAutenticacion implements HttpAuthenticationMechanism {

    /** Request attribute set when an attempt was refused because it must wait: the seconds left. */
    public static final String ESPERA = MecanismoAutenticacion.class.getName() + ".espera";

    private static final Logger LOG = Logger.getLogger(MecanismoAutenticacion.class.getName());

    @Inject
    private IdentityStoreHandler identidades;

    @EJB
    private IntentosAccesoService intentos;

    @EJB
    private CuentaService cuentas;

    /** Request attribute set when sign-in could not read the database (not a wrong password). */
    public static final String BASE_NO_DISPONIBLE = MecanismoAutenticacion.class.getName() + ".baseNoDisponible";

    /** Request attribute set while the signed-in user must change a temporary password. */
    public static final String DEBE_CAMBIAR = MecanismoAutenticacion.class.getName() + ".debeCambiar";

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest peticion, HttpServletResponse respuesta,
                                                HttpMessageContext contexto) {
        try {
            return validar(peticion, respuesta, contexto);
        } catch (RuntimeException e) {
            if (!BaseNoDisponible.en(e)) {
                throw e;
            }
            if (contexto.getAuthParameters().getCredential() != null) {
                // The sign-in form's action: the server turns any exception into a plain failure, which the
                // form would show as a wrong password. The form reads this mark and says what happened.
                peticion.setAttribute(BASE_NO_DISPONIBLE, Boolean.TRUE);
                LOG.warning(() -> "La base de datos no responde al iniciar sesión: " + e.getMessage());
                return AuthenticationStatus.SEND_FAILURE;
            }
            // Any other request (the per-request account check) answers 503 with the error page.
            try {
                BaseNoDisponible.responder(peticion, respuesta, e);
            } catch (IOException escritura) {
                LOG.log(Level.FINE, "No se pudo escribir la respuesta 503", escritura);
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
    }

    private AuthenticationStatus validar(HttpServletRequest peticion, HttpServletResponse respuesta,
                                         HttpMessageContext contexto) {
        Credential credencial = contexto.getAuthParameters().getCredential();
        if (credencial instanceof UsernamePasswordCredential usuarioContrasena) {
            return iniciarSesion(peticion, contexto, usuarioContrasena);
        }
        if (esApi(peticion)) {
            return autenticarApi(peticion, respuesta, contexto);
        }
        HttpSession sesion = peticion.getSession(false);
        Object guardada = sesion == null ? null : sesion.getAttribute(SesionAutenticada.ATRIBUTO);
        if (guardada instanceof SesionAutenticada autenticada) {
            if (contexto.isProtected()) {
                // Deactivated, or the password reset since sign-in: this session is over (on every node).
                EstadoCuenta cuenta = cuentas.estado(autenticada.nombreUsuario());
                if (!cuenta.sesionVigente(autenticada.contrasenaVista())) {
                    sesion.invalidate();
                    return pedirInicioDeSesion(peticion, respuesta, contexto);
                }
                if (cuenta.debeCambiarContrasena()) {
                    peticion.setAttribute(DEBE_CAMBIAR, Boolean.TRUE);
                }
            }
            return contexto.notifyContainerAboutLogin(autenticada.nombreUsuario(), autenticada.grupos());
        }
        if (!contexto.isProtected()) {
            return contexto.doNothing();
        }
        return pedirInicioDeSesion(peticion, respuesta, contexto);
    }

    private AuthenticationStatus iniciarSesion(HttpServletRequest peticion, HttpMessageContext contexto,
                                               UsernamePasswordCredential credencial) {
        String usuario = credencial.getCaller();
        String direccion = peticion.getRemoteAddr();
        Optional<Duration> espera = intentos.esperaAntesDeIntentar(usuario, direccion);
        if (espera.isPresent()) {
            peticion.setAttribute(ESPERA, Math.max(1, espera.get().toSeconds() + (espera.get().toMillisPart() > 0 ? 1 : 0)));
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult resultado = identidades.validate(credencial);
        if (resultado.getStatus() != CredentialValidationResult.Status.VALID) {
            intentos.registrarFallo(usuario, direccion);
            return AuthenticationStatus.SEND_FAILURE;
        }
        intentos.registrarExito(usuario);
        String nombre = resultado.getCallerPrincipal().getName();
        // A new session id at sign-in: a session id planted before it is worth nothing after it.
        HttpSession anterior = peticion.getSession(false);
        if (anterior != null) {
            anterior.invalidate();
        }
        HttpSession sesion = peticion.getSession(true);
        sesion.setAttribute(SesionAutenticada.ATRIBUTO, new SesionAutenticada(nombre, resultado.getCallerGroups(),
                cuentas.estado(nombre).contrasenaCambiadaEn()));
        return contexto.notifyContainerAboutLogin(nombre, resultado.getCallerGroups());
    }

    /** The intake API (other systems): HTTP Basic on every call, no session, a problem+json 401 otherwise. */
    static boolean esApi(HttpServletRequest peticion) {
        String ruta = peticion.getServletPath() + (peticion.getPathInfo() == null ? "" : peticion.getPathInfo());
        return ruta.startsWith("/api/");
    }

    private AuthenticationStatus autenticarApi(HttpServletRequest peticion, HttpServletResponse respuesta,
                                               HttpMessageContext contexto) {
        String cabecera = peticion.getHeader("Authorization");
        if (cabecera != null && cabecera.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decodificada;
            try {
                decodificada = new String(java.util.Base64.getDecoder().decode(cabecera.substring(6).trim()),
                        java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                decodificada = "";
            }
            int dos = decodificada.indexOf(':');
            if (dos > 0) {
                String usuario = decodificada.substring(0, dos);
                String direccion = peticion.getRemoteAddr();
                if (intentos.esperaAntesDeIntentar(usuario, direccion).isEmpty()) {
                    CredentialValidationResult resultado = identidades.validate(new UsernamePasswordCredential(usuario,
                            decodificada.substring(dos + 1)));
                    if (resultado.getStatus() == CredentialValidationResult.Status.VALID) {
                        intentos.registrarExito(usuario);
                        return contexto.notifyContainerAboutLogin(resultado.getCallerPrincipal().getName(),
                                resultado.getCallerGroups());
                    }
                    intentos.registrarFallo(usuario, direccion);
                }
            }
        }
        if (!contexto.isProtected()) {
            return contexto.doNothing();
        }
        try {
            respuesta.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            respuesta.setHeader("WWW-Authenticate", "Basic realm=\"SIADE API\", charset=\"UTF-8\"");
            respuesta.setContentType("application/problem+json;charset=UTF-8");
            respuesta.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Se requiere autenticación\",\"status\":401,"
                    + "\"detail\":\"Envíe las credenciales de la cuenta de servicio (HTTP Basic).\"}");
        } catch (IOException e) {
            LOG.log(Level.FINE, "No se pudo escribir la respuesta 401", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** To the login page; an AJAX request gets the redirect as a JSF partial response, which PrimeFaces follows. */
    private static AuthenticationStatus pedirInicioDeSesion(HttpServletRequest peticion, HttpServletResponse respuesta,
                                                            HttpMessageContext contexto) {
        boolean expirada = peticion.getRequestedSessionId() != null && !peticion.isRequestedSessionIdValid();
        String login = peticion.getContextPath() + "/login.xhtml" + (expirada ? "?expirada=true" : "");
        if ("partial/ajax".equals(peticion.getHeader("Faces-Request"))) {
            try {
                respuesta.setContentType("text/xml");
                respuesta.setCharacterEncoding("UTF-8");
                respuesta.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + login + "\"/></partial-response>");
                return AuthenticationStatus.SEND_CONTINUE;
            } catch (IOException e) {
                LOG.log(Level.FINE, "No se pudo escribir la redirección parcial al inicio de sesión", e);
                return AuthenticationStatus.SEND_FAILURE;
            }
        }
        return contexto.redirect(login);
    }

    @Override
    public void cleanSubject(HttpServletRequest peticion, HttpServletResponse respuesta, HttpMessageContext contexto) {
        HttpSession sesion = peticion.getSession(false);
        if (sesion != null) {
            sesion.removeAttribute(SesionAutenticada.ATRIBUTO);
        }
        HttpAuthenticationMechanism.super.cleanSubject(peticion, respuesta, contexto);
    }
}
