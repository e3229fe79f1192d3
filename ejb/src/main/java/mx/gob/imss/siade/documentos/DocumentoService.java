package mx.gob.imss.siade.documentos;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.OutputStream;
import mx.gob.imss.siade.seguridad.Roles;

/** Reading a case's documents (the Expediente opens them in the browser). */
@Stateless
@RolesAllowed({Roles.CONSULTOR, Roles.SUPERVISOR, Roles.JEFE_AREA, Roles.TITULAR_DAC, Roles.TITULAR_CAO,
        Roles.CORRESPONDENCIA, Roles.JURIDICO, Roles.ADMIN})
public class DocumentoService {

    @Inject
    private DocumentoRepository documentos;

    @Inject
    private Digitalizacion digitalizacion;

    /**
     * Checks a file as soon as it is uploaded (type by content, size), so the user hears of a
     * refusal at once; the same checks run again when it is filed.
     */
    @RolesAllowed({Roles.CORRESPONDENCIA, Roles.SUPERVISOR, Roles.JEFE_AREA, Roles.CONSULTOR})
    public Digitalizacion.Huella examinar(ContenidoArchivo archivo) {
        return digitalizacion.examinar(archivo);
    }

    public long tamanoMaximoMb() {
        return digitalizacion.tamanoMaximoMb();
    }

    /** The document's metadata, or a refusal when it does not exist. */
    public Documento metadatos(long id) {
        Documento d = documentos.porId(id).orElseThrow(() -> DocumentoRechazadoException.noEncontrado(id));
        d.getTipoDocumento().getNombre();
        d.getPeticion().getFolio();
        return d;
    }

    /** Writes the content to {@code destino} (streamed from the database, never whole in memory). */
    public void escribirContenido(long id, OutputStream destino) {
        documentos.copiarContenido(id, destino);
    }
}
