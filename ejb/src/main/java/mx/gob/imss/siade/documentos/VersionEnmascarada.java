package mx.gob.imss.siade.documentos;

import java.io.OutputStream;
import mx.gob.imss.siade.personas.Enmascarador;

/**
 * A kind of document the application itself produced and can produce again with the persona's
 * data masked, for the roles that see it masked on screen (an oficio drafted from a template).
 * The capability that produced it implements this; {@link DocumentoService} asks every one.
 */
public interface VersionEnmascarada {

    boolean aplica(Documento documento);

    /** Writes a PDF of {@code documento} with every value {@code enmascarador} hides masked. */
    void escribir(Documento documento, Enmascarador enmascarador, OutputStream destino);
}
