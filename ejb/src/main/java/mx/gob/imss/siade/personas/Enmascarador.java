package mx.gob.imss.siade.personas;

import freemarker.core.HTMLOutputFormat;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides a persona usuaria's own data wherever it appears in a text (an oficio body, an e-mail, a
 * note): each of her NSS, CURP, RFC, phone, e-mail and address is replaced by its masked form, the
 * same the screen shows (4.16, 5.22). Roles that see personal data get {@link #NINGUNO}.
 */
public final class Enmascarador implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Shown instead of a value that has no partial form. */
    public static final String OCULTO = "••••••";

    public static final Enmascarador NINGUNO = new Enmascarador(List.of());

    private record Reemplazo(String valor, String enmascarado) implements Serializable {
    }

    private final List<Reemplazo> reemplazos;

    private Enmascarador(List<Reemplazo> reemplazos) {
        this.reemplazos = reemplazos;
    }

    public static Enmascarador de(DatosPersonales datos) {
        List<Reemplazo> r = new ArrayList<>();
        // Longest first: an address may contain a phone number, never the other way round.
        agregar(r, datos.domicilio(), OCULTO);
        agregar(r, datos.correo(), OCULTO);
        if (datos.curp() != null) {
            agregar(r, datos.curp().valor(), datos.curp().enmascarada());
        }
        if (datos.rfc() != null) {
            agregar(r, datos.rfc().valor(), OCULTO);
        }
        if (datos.nss() != null) {
            agregar(r, datos.nss().valor(), datos.nss().enmascarado());
        }
        agregar(r, datos.telefono(), OCULTO);
        return new Enmascarador(List.copyOf(r));
    }

    private static void agregar(List<Reemplazo> r, String valor, String enmascarado) {
        if (valor != null && !valor.isBlank()) {
            r.add(new Reemplazo(valor.trim(), enmascarado));
            // As it stands in a rendered oficio body: escaped by the same FreeMarker output format.
            String enHtml = HTMLOutputFormat.INSTANCE.escapePlainText(valor.trim());
            if (!enHtml.equals(valor.trim())) {
                r.add(new Reemplazo(enHtml, enmascarado));
            }
        }
    }


    public boolean oculta() {
        return !reemplazos.isEmpty();
    }

    /** {@code texto} with every value of the persona masked (letter case and runs of spaces ignored). */
    public String aplicar(String texto) {
        if (texto == null || reemplazos.isEmpty()) {
            return texto;
        }
        String resultado = texto;
        for (Reemplazo r : reemplazos) {
            resultado = patron(r.valor()).matcher(resultado).replaceAll(Matcher.quoteReplacement(r.enmascarado()));
        }
        return resultado;
    }

    private static Pattern patron(String valor) {
        String[] partes = valor.toLowerCase(Locale.ROOT).split("\\s+");
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < partes.length; i++) {
            if (i > 0) {
                regex.append("\\s+");
            }
            regex.append(Pattern.quote(partes[i]));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
