package mx.gob.imss.siade.web.seguridad;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import mx.gob.imss.siade.seguridad.Rol;

/** The signed-in user for the layout (name, role-aware menu) and logout. */
@Named
@RequestScoped
public class SesionView {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext facesContext;

    public String getUsuario() {
        Principal p = securityContext.getCallerPrincipal();
        return p == null ? "" : p.getName();
    }

    public boolean tiene(String rol) {
        return securityContext.isCallerInRole(rol);
    }

    /** Whether the user works cases (consultor, supervisor or jefe de área): the action panels of Gestión. */
    public boolean isTrabajaCasos() {
        return tiene("CONSULTOR") || tiene("SUPERVISOR") || tiene("JEFE_AREA");
    }

    /** Whether the user's role uses that screen (the menu shows only those). */
    public boolean puedeAbrir(String pantalla) {
        return Pantalla.valueOf(pantalla).permitidaA(securityContext::isCallerInRole);
    }

    /** The user's roles, as their Spanish names from the bundle. */
    public String getRoles() {
        StringBuilder texto = new StringBuilder();
        for (Rol rol : Rol.dePersonas()) {
            if (securityContext.isCallerInRole(rol.name())) {
                if (texto.length() > 0) {
                    texto.append(", ");
                }
                texto.append(mx.gob.imss.siade.web.infra.Mensajes.texto("rol." + rol.name()));
            }
        }
        return texto.toString();
    }

    public void salir() throws IOException, ServletException {
        ExternalContext externo = facesContext.getExternalContext();
        ((HttpServletRequest) externo.getRequest()).logout();
        externo.invalidateSession();
        externo.redirect(externo.getRequestContextPath() + "/login.xhtml?salida=true");
        facesContext.responseComplete();
    }
}
