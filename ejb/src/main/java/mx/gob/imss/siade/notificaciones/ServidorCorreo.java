package mx.gob.imss.siade.notificaciones;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Properties;

/** The SMTP server the outbox delivers to (from {@code config/}: siade.correo.*). */
public record ServidorCorreo(String host, int puerto, String remitente, String usuario, String contrasena,
                             boolean starttls) {

    Session sesion() {
        Properties p = new Properties();
        p.put("mail.smtp.host", host);
        p.put("mail.smtp.port", String.valueOf(puerto));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "20000");
        p.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        if (usuario == null || usuario.isBlank()) {
            return Session.getInstance(p);
        }
        p.put("mail.smtp.auth", "true");
        return Session.getInstance(p, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(usuario, contrasena);
            }
        });
    }
}
