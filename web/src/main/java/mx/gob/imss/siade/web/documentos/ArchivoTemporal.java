package mx.gob.imss.siade.web.documentos;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import mx.gob.imss.siade.documentos.ContenidoArchivo;

/**
 * An uploaded file spooled to a temporary file until the user registers the letter: uploads
 * arrive one request per file and the container deletes its own copy when each request ends.
 */
public record ArchivoTemporal(String nombre, String ruta, long tamano, String tipoMedio, String sha256)
        implements ContenidoArchivo, Serializable {

    public static ArchivoTemporal copiar(String nombre, InputStream contenido) throws IOException {
        Path temporal = Files.createTempFile("siade-recepcion-", ".bin");
        try (InputStream in = contenido) {
            long tamano = Files.copy(in, temporal, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return new ArchivoTemporal(nombre, temporal.toString(), tamano, null, null);
        }
    }

    public ArchivoTemporal conHuella(String tipo, String sha) {
        return new ArchivoTemporal(nombre, ruta, tamano, tipo, sha);
    }

    @Override
    public InputStream abrir() throws IOException {
        return Files.newInputStream(Path.of(ruta));
    }

    public void borrar() {
        try {
            Files.deleteIfExists(Path.of(ruta));
        } catch (IOException e) {
            // A leftover temporary file is harmless; the OS temp cleaner takes it.
        }
    }
}
