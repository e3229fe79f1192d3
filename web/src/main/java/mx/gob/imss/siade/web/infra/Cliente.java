package mx.gob.imss.siade.web.infra;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/** Who is asking, as the public pages limit lookups per address. */
public final class Cliente {

    private Cliente() {
    }

    /** The address of the current request (the proxy's, behind one: configure the listener to pass the client's). */
    public static String direccion() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
    }

    /** Whether a public page opened from a link (the QR) should run its lookup at once. */
    public static boolean primeraVisita() {
        return !FacesContext.getCurrentInstance().isPostback();
    }
}
