package mx.gob.imss.siade.web.documentos;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The private folder where uploads wait until the letter is registered: scans are full of
 * personal data, so it is owner-only (rwx------), inside the data folder when the run script gives
 * one ({@code siade.spool.dir}) or in the server instance's folder, and emptied at every start (leftovers of a crash).
 */
@WebListener
public class CarpetaTemporal implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(CarpetaTemporal.class.getName());
    private static volatile Path carpeta;

    @Override
    public void contextInitialized(ServletContextEvent evento) {
        carpeta();
        try (Stream<Path> restos = Files.list(carpeta)) {
            long borrados = restos.filter(p -> p.getFileName().toString().startsWith("siade-recepcion-"))
                    .map(p -> p.toFile().delete()).filter(Boolean::booleanValue).count();
            if (borrados > 0) {
                LOG.info(() -> "Archivos temporales de una ejecución anterior borrados: " + borrados);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the uploads wait (also for the at-rest test and the operator). */
    public static Path carpeta() {
        if (carpeta == null) {
            synchronized (CarpetaTemporal.class) {
                if (carpeta == null) {
                    carpeta = crear(ubicacion());
                }
            }
        }
        return carpeta;
    }

    /** {@code siade.spool.dir}, else the server instance's own folder, else a per-user one in the system temp. */
    private static Path ubicacion() {
        String configurada = System.getProperty("siade.spool.dir");
        if (configurada != null && !configurada.isBlank()) {
            return Path.of(configurada);
        }
        String instancia = System.getProperty("com.sun.aas.instanceRoot");
        if (instancia != null && !instancia.isBlank()) {
            return Path.of(instancia, "spool");
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "siade-spool-" + System.getProperty("user.name"));
    }

    private static Path crear(Path ruta) {
        try {
            Files.createDirectories(ruta);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(ruta, PosixFilePermissions.fromString("rwx------"));
            }
            return ruta;
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo preparar la carpeta temporal " + ruta, e);
        }
    }

    /** A new owner-only (rw-------) file in the private folder. */
    static Path nuevoArchivo() throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile(carpeta(), "siade-recepcion-", ".bin",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createTempFile(carpeta(), "siade-recepcion-", ".bin");
    }
}
