import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the server's CPU went during one load level: the execution samples of a JFR recording summed per
 * method — self (the method on top of the stack) and inclusive (anywhere in the stack, once per sample) —
 * for the application and the libraries under it. Prints Markdown. Run by bench/carga.sh:
 *   java bench/carga/Perfil.java recording.jfr
 */
public class Perfil {

    private static final List<String> INTERESA = List.of("mx.gob.imss.siade", "org.h2", "org.eclipse.persistence",
            "com.sun.faces", "org.primefaces", "com.openhtmltopdf", "org.apache.pdfbox", "org.apache.lucene",
            "org.jasypt", "javax.crypto", "com.sun.crypto", "org.glassfish.soteria", "com.hazelcast", "org.apache.fontbox",
            "javax.imageio", "com.sun.imageio", "org.bouncycastle", "freemarker", "org.apache.catalina.session",
            "net.sourceforge", "java.util.zip");
    private static final List<String> IGNORA = List.of("mx.gob.imss.siade.web.seguridad.Cabeceras",
            "mx.gob.imss.siade.web.seguridad.CambioContrasena", "mx.gob.imss.siade.web.seguridad.AccesoPantallas",
            "mx.gob.imss.siade.web.infra.BaseNoDisponible", "com.sun.faces.lifecycle", "com.sun.faces.application.ActionListenerImpl",
            "com.sun.faces.facelets.el", "$$Lambda", "$Proxy$", "__EJB31_Generated__");

    public static void main(String[] args) throws Exception {
        Map<String, Integer> propio = new HashMap<>();
        Map<String, Integer> inclusivo = new HashMap<>();
        int total = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> marcos = e.getStackTrace().getFrames();
            if (marcos.isEmpty()) {
                continue;
            }
            total++;
            propio.merge(nombre(marcos.get(0)), 1, Integer::sum);
            Set<String> vistos = new HashSet<>();
            for (RecordedFrame m : marcos) {
                String n = nombre(m);
                if (INTERESA.stream().anyMatch(n::startsWith) && IGNORA.stream().noneMatch(n::contains) && vistos.add(n)) {
                    inclusivo.merge(n, 1, Integer::sum);
                }
            }
        }
        System.out.printf("Muestras de CPU del servidor: %d%n%n", total);
        imprimir("método (tiempo propio)", propio, 12, total);
        System.out.println();
        imprimir("método (tiempo inclusivo)", inclusivo, 30, total);
    }

    private static String nombre(RecordedFrame m) {
        return m.getMethod().getType().getName() + "." + m.getMethod().getName();
    }

    private static void imprimir(String titulo, Map<String, Integer> cuentas, int cuantos, int total) {
        System.out.println("| " + titulo + " | % |\n|---|---:|");
        cuentas.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(cuantos)
                .forEach(c -> System.out.printf("| `%s` | %.1f |%n", c.getKey(), 100.0 * c.getValue() / total));
    }
}
