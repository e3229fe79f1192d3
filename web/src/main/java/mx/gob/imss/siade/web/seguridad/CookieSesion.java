package mx.gob.imss.siade.web.seguridad;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie: HttpOnly (web.xml) and Secure when the application is served over TLS
 * ({@code siade.sesion.cookie-segura=true}, set in production; the embedded default runs on plain
 * HTTP on localhost). SameSite=Lax comes from WEB-INF/glassfish-web.xml: Payara 6.2025 ignores the
 * Servlet 6 cookie attribute for the session cookie.
 */
@WebListener
public class CookieSesion implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent evento) {
        SessionCookieConfig cookie = evento.getServletContext().getSessionCookieConfig();
        boolean segura = ConfigProvider.getConfig().getOptionalValue("siade.sesion.cookie-segura", Boolean.class)
                .orElse(false);
        cookie.setSecure(segura);
    }
}
