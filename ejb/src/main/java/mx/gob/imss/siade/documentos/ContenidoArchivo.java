package mx.gob.imss.siade.documentos;

import java.io.IOException;
import java.io.InputStream;

/**
 * A received file as the services see it: a name, a size and a way to read it as many times as
 * needed (type detection and hashing read it before it is stored). It is never required to fit in
 * memory: the web tier hands in files spooled to disk.
 */
public interface ContenidoArchivo {

    String nombre();

    long tamano();

    InputStream abrir() throws IOException;

    /** A file already in memory (a scan taken from the digitisation folder, bounded by the upload limit). */
    static ContenidoArchivo enMemoria(String nombre, byte[] contenido) {
        return new ContenidoArchivo() {
            @Override
            public String nombre() {
                return nombre;
            }

            @Override
            public long tamano() {
                return contenido.length;
            }

            @Override
            public InputStream abrir() {
                return new java.io.ByteArrayInputStream(contenido);
            }
        };
    }
}
