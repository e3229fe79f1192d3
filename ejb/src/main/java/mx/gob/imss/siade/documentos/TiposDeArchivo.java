package mx.gob.imss.siade.documentos;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.apache.tika.Tika;

/**
 * What a digitised file really is, read from its first bytes (Apache Tika), not from its name:
 * a text file renamed {@code .pdf} is text. Only scans and PDFs are accepted.
 */
public final class TiposDeArchivo {

    public static final Set<String> PERMITIDOS = Set.of("application/pdf", "image/jpeg", "image/png", "image/tiff");

    private static final Tika TIKA = new Tika();

    private TiposDeArchivo() {
    }

    /** The media type by content; the name is only a hint Tika uses when the bytes are ambiguous. */
    public static String detectar(InputStream contenido) throws IOException {
        return TIKA.detect(new BufferedInputStream(contenido));
    }

    public static boolean permitido(String tipoMedio) {
        return PERMITIDOS.contains(tipoMedio);
    }
}
