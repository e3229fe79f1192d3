package mx.gob.imss.siade.web.infra;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts of the Spanish bundle and FacesMessages built from them. */
public final class Mensajes {

    public static final String BUNDLE = "mx.gob.imss.siade.web.messages";
    public static final Locale ES_MX = Locale.forLanguageTag("es-MX");

    private Mensajes() {
    }

    public static String texto(String clave, Object... argumentos) {
        String patron;
        try {
            patron = ResourceBundle.getBundle(BUNDLE, ES_MX).getString(clave);
        } catch (MissingResourceException e) {
            patron = ResourceBundle.getBundle(BUNDLE, ES_MX).getString("error.generico");
        }
        return argumentos.length == 0 ? patron : new MessageFormat(patron, ES_MX).format(argumentos);
    }

    public static void error(String clave, Object... argumentos) {
        agregar(FacesMessage.SEVERITY_ERROR, clave, argumentos);
    }

    public static void info(String clave, Object... argumentos) {
        agregar(FacesMessage.SEVERITY_INFO, clave, argumentos);
    }

    private static void agregar(FacesMessage.Severity severidad, String clave, Object... argumentos) {
        String texto = texto(clave, argumentos);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severidad, texto, null));
    }
}
