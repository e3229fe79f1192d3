package mx.gob.imss.siade.web.documentos;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import mx.gob.imss.siade.documentos.Documento;
import mx.gob.imss.siade.documentos.DocumentoService;
import mx.gob.imss.siade.web.infra.Mensajes;

/**
 * Shows a TIFF scan in the browser, which cannot display TIFF: without {@code pagina}, an HTML
 * page with one image per page; with {@code pagina=N}, that page as PNG. The TIFF is copied to a
 * temporary file (ImageIO reads TIFF pages by seeking) and only one page is decoded at a time.
 */
final class VisorTiff {

    static final String TIPO = "image/tiff";

    private VisorTiff() {
    }

    static void servir(Documento documento, String pagina, DocumentoService documentos, HttpServletRequest peticion,
                       HttpServletResponse respuesta) throws IOException {
        Path temporal = Files.createTempFile("siade-tiff-", ".tif");
        try {
            try (OutputStream salida = Files.newOutputStream(temporal)) {
                documentos.escribirContenido(documento.getId(), salida);
            }
            try (ImageInputStream entrada = ImageIO.createImageInputStream(temporal.toFile())) {
                Iterator<ImageReader> lectores = ImageIO.getImageReaders(entrada);
                if (!lectores.hasNext()) {
                    respuesta.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
                    return;
                }
                ImageReader lector = lectores.next();
                try {
                    lector.setInput(entrada);
                    int paginas = lector.getNumImages(true);
                    if (pagina == null) {
                        listar(documento, paginas, peticion, respuesta);
                    } else {
                        int numero = Integer.parseInt(pagina);
                        if (numero < 0 || numero >= paginas) {
                            respuesta.sendError(HttpServletResponse.SC_NOT_FOUND);
                            return;
                        }
                        // Never decode without a bound, even a file filed before the upload checks existed.
                        if ((long) lector.getWidth(numero) * lector.getHeight(numero) > documentos.pixelesMaximos()) {
                            respuesta.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
                            return;
                        }
                        BufferedImage imagen = lector.read(numero);
                        respuesta.setContentType("image/png");
                        respuesta.setHeader("Cache-Control", "private, no-store");
                        ImageIO.write(imagen, "png", respuesta.getOutputStream());
                    }
                } finally {
                    lector.dispose();
                }
            }
        } catch (NumberFormatException e) {
            respuesta.sendError(HttpServletResponse.SC_NOT_FOUND);
        } finally {
            Files.deleteIfExists(temporal);
        }
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
            html.println("<figure><figcaption>" + escapar(leyenda) + "</figcaption><img src=\"" + base + i
                    + "\" alt=\"" + escapar(leyenda) + "\"/></figure>");
        }
        html.println("</body></html>");
    }

    private static String escapar(String texto) {
        return texto.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
