package mx.gob.imss.siade.documentos;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.OutputStream;
import mx.gob.imss.siade.personas.Enmascarador;
import mx.gob.imss.siade.seguridad.CifradoDatosPersonales;
import mx.gob.imss.siade.seguridad.AccionCaso;
import mx.gob.imss.siade.seguridad.Actor;
import mx.gob.imss.siade.seguridad.PoliticaAcceso;
import mx.gob.imss.siade.seguridad.Roles;

/**
 * Reading a case's documents (the Expediente opens them in the browser): scans, oficio PDFs,
 * acuses. Each read is allowed by the access policy of the document's case, and gives personal data
 * only to the roles that see it on screen.
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

    @Inject
    private CifradoDatosPersonales cifrado;

    @Inject
    private ReglaLectura regla;

    @Inject
    private PaginasTiff paginasTiff;

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

    /**
     * How the caller may read the document: whole, or (roles that see personal data masked) as a
     * copy with it masked when the application can produce one; refused otherwise, since a scan or an
     * answer from outside holds personal data that cannot be masked.
     */
    public DocumentoLegible abrir(long id) {
        Documento documento = metadatos(id);
        return new DocumentoLegible(documento, lectura(Actor.de(contexto), documento));
    }

    /**
     * Writes the content to {@code destino} as {@link #lectura} says: the stored file streamed from the
     * database (never whole in memory), or the masked copy.
     */
    public void escribirContenido(long id, OutputStream destino) {
        Documento documento = metadatos(id);
        auditarLectura(documento);
        if (lectura(Actor.de(contexto), documento) == LecturaDocumento.ORIGINAL) {
            documentos.copiarContenido(id, destino);
            return;
        }
        Enmascarador enmascarador = Enmascarador.de(documento.getPeticion().getPersonaUsuaria().datosPersonales(cifrado));
        regla.versionEnmascarada(documento).orElseThrow().escribir(documento, enmascarador, destino);
    }

    /**
     * Size of the searchable PDF (OCR) kept beside a scan, if there is one, for those who may read the scan
     * itself; refused to the others like the scan.
     */
    public java.util.Optional<Long> tamanoBuscable(long id) {
        exigirOriginal(metadatos(id));
        return colaOcr.tamanoBuscable(id);
    }

    /** Streams the searchable PDF of a scan (same rule and audit as the scan); false when it has none. */
    public boolean escribirBuscable(long id, OutputStream destino) {
        Documento documento = metadatos(id);
        exigirOriginal(documento);
        if (colaOcr.tamanoBuscable(id).isEmpty()) {
            return false;
        }
        auditarLectura(documento);
        return colaOcr.copiarBuscable(id, destino);
    }

    private void exigirOriginal(Documento documento) {
        if (lectura(Actor.de(contexto), documento) != LecturaDocumento.ORIGINAL) {
            throw DocumentoRechazadoException.datosOcultos(documento.getNombreArchivo());
        }
    }

    @jakarta.ejb.EJB
    private mx.gob.imss.siade.ocr.ColaOcr colaOcr;

    /** Pages of a scanned TIFF (only for those who may read the scan itself). */
    public int paginasTiff(long id) {
        exigirEscaneoLegible(id);
        return paginasTiff.paginas(id);
    }

    /** Page {@code numero} (from 0) of a scanned TIFF as PNG, rendered once and kept. */
    public byte[] paginaTiff(long id, int numero) {
        exigirEscaneoLegible(id);
        if (numero == 0) {
            auditarLectura(documentos.porId(id).orElseThrow());
        }
        return paginasTiff.pagina(id, numero);
    }

    /** A document read by someone who does not work its case goes into the audit log. */
    private void auditarLectura(Documento documento) {
        Actor actor = Actor.de(contexto);
        if (politica.relacion(actor, documento.getPeticion()) != mx.gob.imss.siade.seguridad.RelacionCaso.PROPIA_AREA) {
            auditoria.registrar(actor, mx.gob.imss.siade.auditoria.AccionAuditada.LECTURA_DOCUMENTO,
                    documento.getPeticion().getFolio(), documento.getId(), documento.getNombreArchivo());
        }
    }

    @jakarta.ejb.EJB
    private mx.gob.imss.siade.auditoria.Auditoria auditoria;

    private void exigirEscaneoLegible(long id) {
        Documento documento = metadatos(id);
        if (lectura(Actor.de(contexto), documento) != LecturaDocumento.ORIGINAL
                || !"image/tiff".equals(documento.getTipoMedio())) {
            throw DocumentoRechazadoException.datosOcultos(documento.getNombreArchivo());
        }
    }

    private LecturaDocumento lectura(Actor actor, Documento documento) {
        return regla.lectura(actor, documento)
                .orElseThrow(() -> DocumentoRechazadoException.datosOcultos(documento.getNombreArchivo()));
    }
}
