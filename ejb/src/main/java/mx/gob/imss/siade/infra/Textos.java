package mx.gob.imss.siade.infra;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Spanish texts of the domain (bundle {@code mx.gob.imss.siade.infra.textos}): labels of enum
 * values and the sentences written into the bitácora, so stored records read as people write them.
 */
public final class Textos {

    public static final Locale ES_MX = Locale.forLanguageTag("es-MX");
    private static final String BUNDLE = "mx.gob.imss.siade.infra.textos";
    private static final DateTimeFormatter FECHA = DateTimeFormatter.ofPattern("dd/MM/yyyy", ES_MX);
    private static final DateTimeFormatter FECHA_LARGA = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", ES_MX);

    private Textos() {
    }

    /** Label of an enum value: key {@code SimpleName.CONSTANT}. */
    public static String etiqueta(Enum<?> valor) {
        return valor == null ? "" : texto(valor.getDeclaringClass().getSimpleName() + "." + valor.name());
    }

    /** A date as an oficio writes it: "29 de noviembre de 2026". */
    public static String fechaLarga(LocalDate fecha) {
        return fecha == null ? "" : fecha.format(FECHA_LARGA);
    }

    /** «noviembre de 2026». */
    public static String mes(java.time.YearMonth mes) {
        return mes.format(DateTimeFormatter.ofPattern("MMMM 'de' yyyy", ES_MX));
    }

    public static String fecha(LocalDate fecha) {
        return fecha == null ? "" : fecha.format(FECHA);
    }

    /** A file size as people read it: 841 B, 12.3 KB, 4.1 MB. */
    public static String tamano(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(ES_MX, "%.1f KB", bytes / 1024.0);
        }
        return String.format(ES_MX, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** The sentence {@code clave} with its arguments; enum and date arguments are written as labels. */
    public static String de(String clave, Object... argumentos) {
        Object[] legibles = new Object[argumentos.length];
        for (int i = 0; i < argumentos.length; i++) {
            Object a = argumentos[i];
            legibles[i] = a instanceof Enum<?> e ? etiqueta(e) : a instanceof LocalDate f ? fecha(f) : String.valueOf(a);
        }
        return new MessageFormat(texto(clave), ES_MX).format(legibles);
    }

    /** Whether the bundle has {@code clave}. */
    public static boolean existe(String clave) {
        return ResourceBundle.getBundle(BUNDLE, ES_MX).containsKey(clave);
    }

    private static String texto(String clave) {
        return ResourceBundle.getBundle(BUNDLE, ES_MX).getString(clave);
    }
}
