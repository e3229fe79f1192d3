package mx.gob.imss.siade.web.seguridad;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collections;

/**
 * Signs a user in and then redirects to the Bandeja with a fresh GET. Continuing the saved
 * request instead would hit a Payara defect (payara/Payara#4734): on that request EJBs see the
 * caller without roles. So the saved request is dropped before authenticating.
 */
@Named
@RequestScoped
public class LoginView {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext facesContext;

    private String usuario;
    private String contrasena;

    public void entrar() throws IOException {
        ExternalContext externo = facesContext.getExternalContext();
        HttpServletRequest peticion = (HttpServletRequest) externo.getRequest();
        HttpServletResponse respuesta = (HttpServletResponse) externo.getResponse();
        HttpSession sesion = peticion.getSession(false);
        if (sesion != null) {
            for (String nombre : Collections.list(sesion.getAttributeNames())) {
                if (nombre.startsWith("org.glassfish.soteria")) {
                    sesion.removeAttribute(nombre);
                }
            }
        }
        AuthenticationStatus estado = securityContext.authenticate(peticion, respuesta,
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(usuario == null ? "" : usuario.trim(),
                                new Password(contrasena == null ? "" : contrasena))));
        contrasena = null;
        if (estado == AuthenticationStatus.SUCCESS) {
            externo.redirect(externo.getRequestContextPath() + "/bandeja.xhtml");
            facesContext.responseComplete();
        } else if (estado == AuthenticationStatus.SEND_CONTINUE) {
            facesContext.responseComplete();
        } else {
            // A failed attempt leaves Soteria's state in the session, and the next request to a
            // protected page would get an empty answer instead of the login page: start afresh.
            externo.invalidateSession();
            externo.redirect(externo.getRequestContextPath() + "/login.xhtml?fallido=true");
            facesContext.responseComplete();
        }
    }

    public String getUsuario() {
        return usuario;
    }

    public void setUsuario(String usuario) {
        this.usuario = usuario;
    }

    public String getContrasena() {
        return contrasena;
    }

    public void setContrasena(String contrasena) {
        this.contrasena = contrasena;
    }
}
