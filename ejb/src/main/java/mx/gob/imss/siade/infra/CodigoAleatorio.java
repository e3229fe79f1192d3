package mx.gob.imss.siade.infra;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Random codes people read aloud and type (verification of oficios, the public status page):
 * Crockford's base 32 (no I, L, O, U), 5 bits per character, printed in groups of four; read back
 * ignoring case, spaces and dashes, with O taken as 0 and I, L as 1.
 */
public final class CodigoAleatorio {

    static final String ALFABETO = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom AZAR = new SecureRandom();

    private CodigoAleatorio() {
    }

    /** {@code largo} random characters (5 bits each). */
    public static String generar(int largo) {
        StringBuilder codigo = new StringBuilder(largo);
        for (int i = 0; i < largo; i++) {
            codigo.append(ALFABETO.charAt(AZAR.nextInt(ALFABETO.length())));
        }
        return codigo.toString();
    }

    /** As typed by a person: case, spaces and dashes do not matter; O is 0, I and L are 1. */
    public static String normalizar(String codigo) {
        if (codigo == null) {
            return "";
        }
        return codigo.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "").replace('O', '0').replace('I', '1')
                .replace('L', '1');
    }

    /** ABCD-EFGH-JKMN, as printed. */
    public static String agrupar(String codigo) {
        return String.join("-", codigo.split("(?<=\\G.{4})"));
    }
}
