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
import java.io.IOException;
import mx.gob.imss.siade.web.infra.Mensajes;

/**
 * Signs a user in through {@link MecanismoAutenticacion} and then redirects to the Bandeja with a
 * fresh GET (continuing a saved request would hit payara/Payara#4734: on that request EJBs see
 * the caller without roles). A refused attempt says only "wrong user or password", or how long to
 * wait, never whether the user exists.
 */
@Named
@RequestScoped
public class LoginView {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext facesContext;

    @jakarta.ejb.EJB
    private mx.gob.imss.siade.seguridad.CuentaService cuentas;

    private String usuario;
    private String contrasena;

    public void entrar() throws IOException {
        ExternalContext externo = facesContext.getExternalContext();
        HttpServletRequest peticion = (HttpServletRequest) externo.getRequest();
        HttpServletResponse respuesta = (HttpServletResponse) externo.getResponse();
        AuthenticationStatus estado = securityContext.authenticate(peticion, respuesta,
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(usuario == null ? "" : usuario.trim(),
                                new Password(contrasena == null ? "" : contrasena))));
        contrasena = null;
        if (peticion.getAttribute(MecanismoAutenticacion.BASE_NO_DISPONIBLE) != null) {
            Mensajes.error("error.baseNoDisponible");
            externo.setResponseStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        if (estado == AuthenticationStatus.SUCCESS) {
            boolean temporal = cuentas.estado(peticion.getUserPrincipal() == null ? usuario.trim()
                    : peticion.getUserPrincipal().getName()).debeCambiarContrasena();
            externo.redirect(externo.getRequestContextPath()
                    + (temporal ? CambioContrasenaObligatorio.CAMBIAR_CONTRASENA : "/bandeja.xhtml"));
        } else {
            Object espera = peticion.getAttribute(MecanismoAutenticacion.ESPERA);
            externo.redirect(externo.getRequestContextPath() + "/login.xhtml"
                    + (espera == null ? "?fallido=true" : "?espera=" + espera));
        }
        facesContext.responseComplete();
    }

    /** The wait announced by the redirect after a refused attempt (0 when none or not a number). */
    public int getSegundosEspera() {
        String espera = facesContext.getExternalContext().getRequestParameterMap().get("espera");
        try {
            return espera == null ? 0 : Math.max(0, Math.min(3600, Integer.parseInt(espera)));
        } catch (NumberFormatException e) {
            return 0;
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
