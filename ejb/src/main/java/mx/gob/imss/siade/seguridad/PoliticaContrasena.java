package mx.gob.imss.siade.seguridad;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The password policy (NIST SP 800-63B, OWASP ASVS 2.1): at least {@value #MINIMO} characters (spaces
 * and any letter count; at most {@value #MAXIMO}), three of the four kinds (lower case, upper case,
 * digits, other), not containing the user name, not one of the most common passwords. Temporary passwords
 * are generated here and meet the policy.
 */
public final class PoliticaContrasena {

    public static final int MINIMO = 12;
    public static final int MAXIMO = 128;

    private static final Set<String> COMUNES = Set.of("contrasena123", "contraseña123", "password1234", "123456789012",
            "qwertyuiop12", "imss12345678", "administrador", "bienvenido123", "mexico123456", "siade1234567");
    /** No 0/O, 1/l/I: a temporary password is read from the screen and typed. */
    private static final String MAYUSCULAS = "ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final String MINUSCULAS = "abcdefghijkmnpqrstuvwxyz";
    private static final String DIGITOS = "23456789";
    private static final String SIMBOLOS = ".-_!#";
    private static final SecureRandom AZAR = new SecureRandom();

    private PoliticaContrasena() {
    }

    /** The message key of the first rule {@code contrasena} breaks for {@code usuario}, or empty. */
    public static Optional<String> incumple(String contrasena, String usuario) {
        if (contrasena == null || contrasena.length() < MINIMO) {
            return Optional.of("error.contrasena.corta");
        }
        if (contrasena.length() > MAXIMO) {
            return Optional.of("error.contrasena.larga");
        }
        int clases = 0;
        clases += contrasena.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        clases += contrasena.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        clases += contrasena.chars().anyMatch(Character::isDigit) ? 1 : 0;
        clases += contrasena.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (clases < 3) {
            return Optional.of("error.contrasena.clases");
        }
        String minusculas = contrasena.toLowerCase(Locale.ROOT);
        if (usuario != null && usuario.length() >= 3 && minusculas.contains(usuario.toLowerCase(Locale.ROOT))) {
            return Optional.of("error.contrasena.usuario");
        }
        if (COMUNES.contains(minusculas)) {
            return Optional.of("error.contrasena.comun");
        }
        return Optional.empty();
    }

    /** A random temporary password of 16 characters with every kind, meeting the policy. */
    public static String temporal() {
        String todos = MAYUSCULAS + MINUSCULAS + DIGITOS + SIMBOLOS;
        char[] c = new char[16];
        c[0] = MAYUSCULAS.charAt(AZAR.nextInt(MAYUSCULAS.length()));
        c[1] = MINUSCULAS.charAt(AZAR.nextInt(MINUSCULAS.length()));
        c[2] = DIGITOS.charAt(AZAR.nextInt(DIGITOS.length()));
        c[3] = SIMBOLOS.charAt(AZAR.nextInt(SIMBOLOS.length()));
        for (int i = 4; i < c.length; i++) {
            c[i] = todos.charAt(AZAR.nextInt(todos.length()));
        }
        for (int i = c.length - 1; i > 0; i--) {
            int j = AZAR.nextInt(i + 1);
            char t = c[i];
            c[i] = c[j];
            c[j] = t;
        }
        return new String(c);
    }
}
