package mx.gob.imss.siade.web.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The web module is distributable: view- and session-scoped beans travel in the cluster's replicated
 * session, so each is Serializable all the way down (what the declared types let us see: the two-node
 * test in ClusterIT checks the rest at run time) and takes its services with {@code @Inject}, whose
 * references the container passivates.
 */
class VistasReplicablesTest {

    @Test
    void cadaVistaConAlcanceDeSesionSeReplica() throws Exception {
        List<Class<?>> vistas = vistas();
        assertTrue(vistas.size() > 30, "se encontraron las vistas: " + vistas.size());
        List<String> problemas = new ArrayList<>();
        Set<Class<?>> revisadas = new HashSet<>();
        for (Class<?> vista : vistas) {
            if (!Serializable.class.isAssignableFrom(vista)) {
                problemas.add(vista.getSimpleName() + " no es Serializable");
            }
            revisar(vista, vista.getSimpleName(), revisadas, problemas);
        }
        assertEquals(List.of(), problemas);
    }

    private static void revisar(Class<?> clase, String ruta, Set<Class<?>> revisadas, List<String> problemas) {
        if (!revisadas.add(clase)) {
            return;
        }
        for (Class<?> k = clase; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field campo : k.getDeclaredFields()) {
                int m = campo.getModifiers();
                if (Modifier.isStatic(m) || Modifier.isTransient(m) || campo.isSynthetic()) {
                    continue;
                }
                if (campo.isAnnotationPresent(EJB.class)) {
                    problemas.add(ruta + "." + campo.getName() + ": @EJB en vez de @Inject");
                }
                if (campo.isAnnotationPresent(Inject.class)) {
                    continue;
                }
                List<Class<?>> tipos = new ArrayList<>(List.of(campo.getType()));
                if (campo.getGenericType() instanceof ParameterizedType p) {
                    for (Type t : p.getActualTypeArguments()) {
                        if (t instanceof Class<?> c) {
                            tipos.add(c);
                        }
                    }
                }
                for (Class<?> t : tipos) {
                    if (t.isPrimitive() || t.isInterface() || t.isEnum() || t.isArray()) {
                        continue;
                    }
                    if (!Serializable.class.isAssignableFrom(t)) {
                        problemas.add(ruta + "." + campo.getName() + ": " + t.getName() + " no es Serializable");
                    } else if (t.getName().startsWith("mx.gob.imss.siade")) {
                        revisar(t, ruta + "." + campo.getName(), revisadas, problemas);
                    }
                }
            }
        }
    }

    private static List<Class<?>> vistas() throws URISyntaxException, Exception {
        Path clases = Path.of(VistasReplicablesTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent().resolve("classes");
        List<Class<?>> vistas = new ArrayList<>();
        try (Stream<Path> archivos = Files.walk(clases)) {
            for (Path p : (Iterable<Path>) archivos.filter(a -> a.toString().endsWith(".class"))::iterator) {
                String nombre = clases.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(nombre, false, VistasReplicablesTest.class.getClassLoader());
                if (c.isAnnotationPresent(ViewScoped.class) || c.isAnnotationPresent(SessionScoped.class)) {
                    vistas.add(c);
                }
            }
        }
        return vistas;
    }
}
