package mx.gob.imss.siade.personas;

import java.text.Normalizer;
import java.util.Locale;

/** A name in upper case without accents or repeated spaces: how antecedents are compared (5.11). */
public final class NombreNormalizado {

    private NombreNormalizado() {
    }

    public static String de(String nombre) {
        if (nombre == null) {
            return null;
        }
        String sinAcentos = Normalizer.normalize(nombre, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return sinAcentos.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}
