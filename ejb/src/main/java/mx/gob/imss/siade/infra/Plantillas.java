package mx.gob.imss.siade.infra;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core._CoreAPI;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * FreeMarker templates of the documents and messages the application writes (acuses, emails,
 * later oficios), looked up on the class path under {@code /mx/gob/imss/siade}. {@code .ftlh}
 * templates escape HTML; {@code .ftl} ones are plain text.
 */
@ApplicationScoped
public class Plantillas {

    /** Longest an administrador's template may run, in seconds. */
    public static final long SEGUNDOS_MAXIMOS = 5;
    /** Most characters an administrador's template may write (an oficio is a few thousand). */
    public static final int CARACTERES_MAXIMOS = 200_000;

    private final Configuration configuracion;
    private final Configuration editables;

    /** The server's managed threads (container context, bounded pool); a plain executor in unit tests. */
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ExecutorService trabajadores;

    private long segundosMaximos = SEGUNDOS_MAXIMOS;

    /** For unit tests, outside the container, with a shorter time limit. */
    Plantillas(ExecutorService trabajadores, long segundosMaximos) {
        this();
        this.trabajadores = trabajadores;
        this.segundosMaximos = segundosMaximos;
    }

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
        editables.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        editables.setLogTemplateExceptions(false);
    }

    /**
     * Processes a template kept as data (an oficio's text edited by the administrador), which is
     * hostile until bounded: it runs on a worker thread that is interrupted after
     * {@link #SEGUNDOS_MAXIMOS}, and may write at most {@link #CARACTERES_MAXIMOS}. Every failure is a
     * {@link PlantillaRechazadaException} in Spanish with the line and, for a missing value, the field.
     *
     * @param parte what the text is, for the message ("el asunto", "el texto")
     */
    public String procesarTexto(String parte, String texto, Map<String, ?> datos) {
        Template plantilla;
        try {
            plantilla = new Template(parte, new StringReader(texto), editables);
        } catch (ParseException e) {
            throw PlantillaRechazadaException.sintaxis(e.getLineNumber(), e.getColumnNumber(), parte);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        _CoreAPI.addThreadInterruptedChecks(plantilla); // lets the time limit stop a runaway <#list>
        Future<String> resultado = trabajadores.submit(() -> {
            SalidaAcotada salida = new SalidaAcotada(CARACTERES_MAXIMOS);
            plantilla.process(datos, salida);
            return salida.toString();
        });
        try {
            return resultado.get(segundosMaximos, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            resultado.cancel(true);
            throw PlantillaRechazadaException.tiempo(segundosMaximos);
        } catch (InterruptedException e) {
            resultado.cancel(true);
            Thread.currentThread().interrupt();
            throw PlantillaRechazadaException.tiempo(segundosMaximos);
        } catch (ExecutionException e) {
            throw traducir(e.getCause(), parte);
        }
    }

    private static RuntimeException traducir(Throwable causa, String parte) {
        if (causa instanceof SalidaAcotada.Excedida) {
            return PlantillaRechazadaException.tamano(CARACTERES_MAXIMOS);
        }
        if (causa instanceof InvalidReferenceException e) {
            String campo = e.getBlamedExpressionString();
            return PlantillaRechazadaException.campoSinValor(campo == null ? "?" : campo, linea(e), parte);
        }
        if (causa instanceof TemplateException e) {
            if (e.getCause() instanceof SalidaAcotada.Excedida) {
                return PlantillaRechazadaException.tamano(CARACTERES_MAXIMOS);
            }
            return PlantillaRechazadaException.otro(linea(e), parte);
        }
        if (causa instanceof RuntimeException e) {
            return e;
        }
        return new IllegalStateException(causa);
    }

    private static int linea(TemplateException e) {
        return e.getLineNumber() == null ? 0 : e.getLineNumber();
    }

    /** A writer that refuses to grow past its limit (a template writing without end). */
    static final class SalidaAcotada extends Writer {
        static final class Excedida extends IOException {
            private static final long serialVersionUID = 1L;
        }

        private final StringBuilder texto = new StringBuilder();
        private final int maximo;

        SalidaAcotada(int maximo) {
            this.maximo = maximo;
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            if (texto.length() + len > maximo) {
                throw new Excedida();
            }
            texto.append(cbuf, off, len);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return texto.toString();
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
