package mx.gob.imss.siade.web.documentos;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import mx.gob.imss.siade.documentos.Documento;
import mx.gob.imss.siade.documentos.DocumentoRechazadoException;
import mx.gob.imss.siade.documentos.DocumentoService;
import mx.gob.imss.siade.web.infra.Mensajes;

/**
 * Shows a TIFF scan in the browser, which cannot display TIFF: without {@code pagina}, an HTML
 * page with one image per page; with {@code pagina=N}, that page as PNG. Pages are rendered once,
 * on their first view, and kept by the server ({@link DocumentoService#paginaTiff}): no request
 * copies or re-scans the whole file.
 */
final class VisorTiff {

    static final String TIPO = "image/tiff";

    private VisorTiff() {
    }

    static void servir(Documento documento, String pagina, DocumentoService documentos, HttpServletRequest peticion,
                       HttpServletResponse respuesta) throws IOException {
        if (pagina == null) {
            listar(documento, documentos.paginasTiff(documento.getId()), peticion, respuesta);
            return;
        }
        int numero;
        try {
            numero = Integer.parseInt(pagina);
        } catch (NumberFormatException e) {
            respuesta.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] png;
        try {
            png = documentos.paginaTiff(documento.getId(), numero);
        } catch (DocumentoRechazadoException e) {
            respuesta.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        respuesta.setContentType("image/png");
        respuesta.setContentLength(png.length);
        respuesta.setHeader("Cache-Control", "private, no-store");
        respuesta.getOutputStream().write(png);
    }

    private static void listar(Documento documento, int paginas, HttpServletRequest peticion,
                               HttpServletResponse respuesta) throws IOException {
        respuesta.setContentType("text/html;charset=UTF-8");
        respuesta.setHeader("Cache-Control", "private, no-store");
        String base = peticion.getContextPath() + "/documentos/contenido?id=" + documento.getId() + "&pagina=";
        PrintWriter html = respuesta.getWriter();
        html.println("<!DOCTYPE html><html lang=\"es-MX\"><head><meta charset=\"UTF-8\"/><title>"
                + escapar(documento.getNombreArchivo()) + "</title>"
                + "<style>body{background:#525659;margin:0;padding:1rem;font-family:sans-serif;color:#fff}"
                + "figure{margin:0 auto 1rem;max-width:60rem}img{width:100%;background:#fff}"
                + "figcaption{font-size:.85rem;margin-bottom:.25rem}</style></head><body>");
        for (int i = 0; i < paginas; i++) {
            String leyenda = Mensajes.texto("documento.pagina", i + 1, paginas);
            html.println("<figure id=\"pagina-" + (i + 1) + "\"><figcaption>" + escapar(leyenda) + "</figcaption><img src=\"" + base + i
                    + "\" alt=\"" + escapar(leyenda) + "\"/></figure>");
        }
        html.println("</body></html>");
    }

    private static String escapar(String texto) {
        return texto.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
