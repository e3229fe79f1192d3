package mx.gob.imss.siade.web.documentos;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import mx.gob.imss.siade.documentos.ContenidoArchivo;
import mx.gob.imss.siade.documentos.Digitalizacion;
import mx.gob.imss.siade.documentos.DocumentoService;

/**
 * An uploaded file spooled to an owner-only file in {@link CarpetaTemporal} until the user registers
 * the letter: uploads arrive one request per file and the container deletes its own copy when each
 * request ends.
 */
public record ArchivoTemporal(String nombre, String ruta, long tamano, String tipoMedio, String sha256)
        implements ContenidoArchivo, Serializable {

    private static ArchivoTemporal copiar(String nombre, InputStream contenido) throws IOException {
        Path temporal = CarpetaTemporal.nuevoArchivo();
        try (InputStream in = contenido; java.io.OutputStream salida = Files.newOutputStream(temporal)) {
            // Written into the owner-only file itself: a replacing copy would get default permissions.
            long tamano = in.transferTo(salida);
            return new ArchivoTemporal(nombre, temporal.toString(), tamano, null, null);
        }
    }

    /**
     * Spools an upload to disk and has it checked at once (type by content, size); a refused file
     * is deleted and its refusal goes up to the page.
     */
    public static ArchivoTemporal recibir(String nombre, InputStream contenido, DocumentoService documentos)
            throws IOException {
        ArchivoTemporal temporal = copiar(nombre, contenido);
        try {
            Digitalizacion.Huella huella = documentos.examinar(temporal);
            return new ArchivoTemporal(nombre, temporal.ruta(), temporal.tamano(), huella.tipoMedio(), huella.sha256());
        } catch (RuntimeException e) {
            temporal.borrar();
            throw e;
        }
    }

    @Override
    public InputStream abrir() throws IOException {
        return Files.newInputStream(Path.of(ruta));
    }

    public void borrar() {
        try {
            Files.deleteIfExists(Path.of(ruta));
        } catch (IOException e) {
            // A leftover is owner-only and removed at the next start (CarpetaTemporal).
        }
    }
}
