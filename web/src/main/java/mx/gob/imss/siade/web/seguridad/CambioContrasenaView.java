package mx.gob.imss.siade.web.seguridad;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import mx.gob.imss.siade.seguridad.CuentaService;
import mx.gob.imss.siade.seguridad.PoliticaContrasena;
import mx.gob.imss.siade.web.infra.Mensajes;

/**
 * Changing one's own password; the only page open while a temporary one must be changed. The session
 * goes on with the new password (other sessions of the user end: their password changed).
 */
@Named
@RequestScoped
public class CambioContrasenaView {

    @EJB
    private CuentaService cuentas;

    @Inject
    private FacesContext facesContext;

    private String actual;
    private String nueva;
    private String confirmacion;

    public void cambiar() throws IOException {
        try {
            cuentas.cambiarContrasena(actual, nueva, confirmacion);
        } finally {
            actual = null;
            nueva = null;
            confirmacion = null;
        }
        ExternalContext externo = facesContext.getExternalContext();
        HttpSession sesion = (HttpSession) externo.getSession(false);
        if (sesion != null && sesion.getAttribute(SesionAutenticada.ATRIBUTO) instanceof SesionAutenticada a) {
            sesion.setAttribute(SesionAutenticada.ATRIBUTO, new SesionAutenticada(a.nombreUsuario(), a.grupos(),
                    cuentas.estado(a.nombreUsuario()).contrasenaCambiadaEn()));
        }
        externo.getFlash().setKeepMessages(true);
        Mensajes.info("contrasena.cambiada");
        externo.redirect(externo.getRequestContextPath() + "/bandeja.xhtml");
        facesContext.responseComplete();
    }

    /** Whether this visit was forced by a temporary password (the page says so). */
    public boolean isObligatorio() {
        return facesContext.getExternalContext().getRequestMap().get(MecanismoAutenticacion.DEBE_CAMBIAR) != null;
    }

    public int getMinimo() {
        return PoliticaContrasena.MINIMO;
    }

    public String getActual() {
        return actual;
    }

    public void setActual(String actual) {
        this.actual = actual;
    }

    public String getNueva() {
        return nueva;
    }

    public void setNueva(String nueva) {
        this.nueva = nueva;
    }

    public String getConfirmacion() {
        return confirmacion;
    }

    public void setConfirmacion(String confirmacion) {
        this.confirmacion = confirmacion;
    }
}
