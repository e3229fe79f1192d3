package mx.gob.imss.siade.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every text of the screens' bundles: both files hold the same keys, and each pattern is a valid MessageFormat. */
class MensajesTest {

    private static Properties cargar(String nombre) throws Exception {
        Properties p = new Properties();
        try (InputStream in = MensajesTest.class.getResourceAsStream("/mx/gob/imss/siade/web/" + nombre)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void mismasClavesYPatronesValidos() throws Exception {
        Properties base = cargar("messages.properties");
        Properties mx = cargar("messages_es_MX.properties");
        assertEquals(base.keySet(), mx.keySet(), "los dos archivos tienen las mismas claves");
        // Not MessageFormat patterns: a PrimeFaces paginator template and a help text showing ${...} merge fields.
        java.util.Set<String> noSonPatrones = java.util.Set.of("bandeja.paginador", "plantillas.ayuda");
        List<String> malos = new ArrayList<>();
        for (String clave : base.stringPropertyNames()) {
            String valor = base.getProperty(clave);
            if (valor.contains("{") && !noSonPatrones.contains(clave)) {
                try {
                    new MessageFormat(valor, Locale.forLanguageTag("es-MX")).format(new Object[] {1, 2, 3, 4, 5});
                } catch (IllegalArgumentException e) {
                    malos.add(clave + ": " + e.getMessage());
                }
            }
        }
        assertEquals(List.of(), malos);
    }
}
