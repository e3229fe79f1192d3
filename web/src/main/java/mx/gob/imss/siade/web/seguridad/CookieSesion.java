package mx.gob.imss.siade.web.seguridad;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie: HttpOnly (web.xml), SameSite=Lax requested (Servlet 6 cookie attribute; Payara
 * 6.2025 does not emit it yet, see docs/decisiones.md), and Secure when the application is served over TLS ({@code siade.sesion.cookie-segura=true},
 * set in production; the embedded default runs on plain HTTP on localhost).
 */
@WebListener
public class CookieSesion implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent evento) {
        SessionCookieConfig cookie = evento.getServletContext().getSessionCookieConfig();
        cookie.setAttribute("SameSite", "Lax");
        boolean segura = ConfigProvider.getConfig().getOptionalValue("siade.sesion.cookie-segura", Boolean.class)
                .orElse(false);
        cookie.setSecure(segura);
    }
}
