package mx.gob.imss.siade.documentos;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.OutputStream;
import mx.gob.imss.siade.seguridad.AccionCaso;
import mx.gob.imss.siade.seguridad.Actor;
import mx.gob.imss.siade.seguridad.PoliticaAcceso;
import mx.gob.imss.siade.seguridad.Roles;

/**
 * Reading a case's documents (the Expediente opens them in the browser): scans, oficio PDFs,
 * acuses. Each read is allowed by the access policy of the document's case.
 */
@Stateless
@RolesAllowed({Roles.CONSULTOR, Roles.SUPERVISOR, Roles.JEFE_AREA, Roles.TITULAR_DAC, Roles.TITULAR_CAO,
        Roles.CORRESPONDENCIA, Roles.JURIDICO, Roles.ADMIN})
public class DocumentoService {

    @Resource
    private SessionContext contexto;

    @Inject
    private PoliticaAcceso politica;

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

    /** The largest page, in pixels, that may ever be decoded. */
    public long pixelesMaximos() {
        return digitalizacion.pixelesMaximos();
    }

    public long tamanoMaximoMb() {
        return digitalizacion.tamanoMaximoMb();
    }

    /** The document's metadata, or a refusal when it does not exist or its case is not the caller's to read. */
    public Documento metadatos(long id) {
        Documento d = documentos.porId(id).orElseThrow(() -> DocumentoRechazadoException.noEncontrado(id));
        politica.exigir(Actor.de(contexto), d.getPeticion(), AccionCaso.CONSULTAR);
        d.getTipoDocumento().getNombre();
        d.getPeticion().getFolio();
        return d;
    }

    /** Writes the content to {@code destino} (streamed from the database, never whole in memory). */
    public void escribirContenido(long id, OutputStream destino) {
        metadatos(id);
        documentos.copiarContenido(id, destino);
    }
}
