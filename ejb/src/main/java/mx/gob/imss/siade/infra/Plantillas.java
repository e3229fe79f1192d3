package mx.gob.imss.siade.infra;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
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

    public Plantillas() {
        configuracion = new Configuration(Configuration.VERSION_2_3_34);
        configuracion.setClassForTemplateLoading(Plantillas.class, "/mx/gob/imss/siade");
        configuracion.setDefaultEncoding("UTF-8");
        configuracion.setLocale(Textos.ES_MX);
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
