package mx.gob.imss.siade.infra;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * FreeMarker templates of the documents and messages the application writes (acuses, emails,
 * later oficios), looked up on the class path under {@code /mx/gob/imss/siade}. {@code .ftlh}
 * templates escape HTML; {@code .ftl} ones are plain text.
 */
@ApplicationScoped
public class Plantillas {

    private final Configuration configuracion;
    private final Configuration editables;

    public Plantillas() {
        configuracion = new Configuration(Configuration.VERSION_2_3_34);
        configuracion.setClassForTemplateLoading(Plantillas.class, "/mx/gob/imss/siade");
        configuracion.setDefaultEncoding("UTF-8");
        configuracion.setLocale(Textos.ES_MX);
        // Templates the administrador edits: HTML-escaped merge fields, and no way to reach Java
        // classes from the template text.
        editables = new Configuration(Configuration.VERSION_2_3_34);
        editables.setLocale(Textos.ES_MX);
        editables.setOutputFormat(HTMLOutputFormat.INSTANCE);
        editables.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        editables.setAPIBuiltinEnabled(false);
    }

    /** Processes a template kept as data (e.g. an oficio's text edited by the administrador). */
    public String procesarTexto(String nombre, String texto, Map<String, ?> datos) {
        try {
            StringWriter salida = new StringWriter();
            new Template(nombre, new StringReader(texto), editables).process(datos, salida);
            return salida.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("Plantilla inválida: " + nombre + ": " + e.getMessageWithoutStackTop(), e);
        }
    }

    /** @param ruta path under {@code /mx/gob/imss/siade}, e.g. {@code correspondencia/acuse-recepcion.ftlh} */
    public String procesar(String ruta, Map<String, ?> datos) {
        try {
            StringWriter salida = new StringWriter();
            configuracion.getTemplate(ruta).process(datos, salida);
            return salida.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer la plantilla " + ruta, e);
        } catch (TemplateException e) {
            throw new IllegalStateException("Plantilla inválida: " + ruta, e);
        }
    }
}
