package mx.gob.imss.siade.web.documentos;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import mx.gob.imss.siade.documentos.Documento;
import mx.gob.imss.siade.documentos.DocumentoLegible;
import mx.gob.imss.siade.documentos.DocumentoRechazadoException;
import mx.gob.imss.siade.documentos.LecturaDocumento;
import mx.gob.imss.siade.web.infra.Descarga;
import mx.gob.imss.siade.web.infra.Mensajes;
import mx.gob.imss.siade.web.seguridad.AccesoPantallas;
import mx.gob.imss.siade.documentos.DocumentoService;
import mx.gob.imss.siade.infra.ReglaNegocioException;
import mx.gob.imss.siade.seguridad.AccesoDenegadoException;

/**
 * Opens a digitised document in the browser: PDFs and images inline, streamed from the database;
 * TIFF scans as pages (see {@link VisorTiff}); with {@code buscable}, the searchable PDF made by OCR.
 * Behind the login like every page; the EJB checks the role and, through the access policy,
 * whether the caller may read the document's case (403 otherwise).
 */
@WebServlet("/documentos/contenido")
public class DocumentoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private DocumentoService documentos;

    @Override
    protected void doGet(HttpServletRequest peticion, HttpServletResponse respuesta) throws IOException {
        long id;
        try {
            id = Long.parseLong(peticion.getParameter("id"));
        } catch (NumberFormatException e) {
            respuesta.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Documento documento;
        LecturaDocumento lectura;
        try {
            DocumentoLegible legible = documentos.abrir(id);
            documento = legible.documento();
            lectura = legible.lectura();
        } catch (AccesoDenegadoException e) {
            rechazar(peticion, respuesta, HttpServletResponse.SC_FORBIDDEN, Mensajes.texto(e.clave(), e.argumentos()));
            return;
        } catch (DocumentoRechazadoException e) {
            if ("error.documento.datosOcultos".equals(e.clave())) {
                rechazar(peticion, respuesta, HttpServletResponse.SC_FORBIDDEN, Mensajes.texto(e.clave(), e.argumentos()));
            } else {
                rechazar(peticion, respuesta, HttpServletResponse.SC_NOT_FOUND, Mensajes.texto(e.clave(), e.argumentos()));
            }
            return;
        } catch (ReglaNegocioException e) {
            respuesta.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            respuesta.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (peticion.getParameter("buscable") != null) {
            buscable(documento, peticion, respuesta);
            return;
        }
        if (VisorTiff.TIPO.equals(documento.getTipoMedio())) {
            // Browsers do not show TIFF: each page goes out as PNG, inside a page that lists them.
            VisorTiff.servir(documento, peticion.getParameter("pagina"), documentos, peticion, respuesta);
            return;
        }
        if (lectura == LecturaDocumento.ENMASCARADA) {
            respuesta.setContentType("application/pdf"); // a copy made now: its length is not the stored one
        } else {
            respuesta.setContentType(documento.getTipoMedio());
            respuesta.setContentLengthLong(documento.getTamanoBytes());
        }
        Descarga.encabezados(respuesta, true, documento.getNombreArchivo());
        documentos.escribirContenido(id, respuesta.getOutputStream());
    }

    /** The searchable PDF (OCR) kept beside a scan: same access rule and audit as the scan. */
    private void buscable(Documento documento, HttpServletRequest peticion, HttpServletResponse respuesta)
            throws IOException {
        java.util.Optional<Long> tamano;
        try {
            tamano = documentos.tamanoBuscable(documento.getId());
        } catch (DocumentoRechazadoException e) {
            rechazar(peticion, respuesta, HttpServletResponse.SC_FORBIDDEN, Mensajes.texto(e.clave(), e.argumentos()));
            return;
        }
        if (tamano.isEmpty()) {
            rechazar(peticion, respuesta, HttpServletResponse.SC_NOT_FOUND, Mensajes.texto("documento.sinBuscable"));
            return;
        }
        String base = documento.getNombreArchivo().replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
        respuesta.setContentType("application/pdf");
        respuesta.setContentLengthLong(tamano.get());
        Descarga.encabezados(respuesta, true, base + " (texto).pdf");
        documentos.escribirBuscable(documento.getId().longValue(), respuesta.getOutputStream());
    }

    private static void rechazar(HttpServletRequest peticion, HttpServletResponse respuesta, int estado, String mensaje)
            throws IOException {
        peticion.setAttribute(AccesoPantallas.MENSAJE, mensaje);
        respuesta.sendError(estado);
    }
}
