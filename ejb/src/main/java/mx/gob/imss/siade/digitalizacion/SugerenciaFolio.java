package mx.gob.imss.siade.digitalizacion;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.gob.imss.siade.peticion.Folio;
import mx.gob.imss.siade.peticion.FolioInvalidoException;

/**
 * What in the text of a scan's first page may name its case: folios (with a valid check digit, dashes
 * or spaces as people write them) and NSS (11 digits with a valid check digit), in the order they
 * appear. The tray looks them up; the person accepts or corrects.
 */
public final class SugerenciaFolio {

    private static final Pattern FOLIO = Pattern.compile("(?<!\\d)(\\d{4})[\\s-]?(\\d{7})[\\s-]?(\\d)(?!\\d)");
    private static final Pattern NSS = Pattern.compile("(?<!\\d)(\\d{2})[\\s-]?(\\d{2})[\\s-]?(\\d{2})[\\s-]?(\\d{4})[\\s-]?(\\d)(?!\\d)");

    private SugerenciaFolio() {
    }

    /** Folios written in the text, valid ones only. */
    public static List<String> folios(String texto) {
        List<String> folios = new ArrayList<>();
        if (texto == null) {
            return folios;
        }
        Matcher m = FOLIO.matcher(texto);
        while (m.find() && folios.size() < 10) {
            try {
                String folio = Folio.de(m.group(1) + m.group(2) + m.group(3)).toString();
                if (!folios.contains(folio)) {
                    folios.add(folio);
                }
            } catch (FolioInvalidoException e) {
                // a number that looks like a folio but is not one
            }
        }
        return folios;
    }

    /** NSS written in the text (11 digits, valid check digit). */
    public static List<String> nss(String texto) {
        List<String> nss = new ArrayList<>();
        if (texto == null) {
            return nss;
        }
        Matcher m = NSS.matcher(texto);
        while (m.find() && nss.size() < 10) {
            String digitos = m.group(1) + m.group(2) + m.group(3) + m.group(4) + m.group(5);
            try {
                mx.gob.imss.siade.personas.Nss.de(digitos);
                if (!nss.contains(digitos)) {
                    nss.add(digitos);
                }
            } catch (RuntimeException e) {
                // not an NSS
            }
        }
        return nss;
    }
}
