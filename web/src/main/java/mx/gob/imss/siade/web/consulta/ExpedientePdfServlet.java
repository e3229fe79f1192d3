package mx.gob.imss.siade.web.consulta;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import mx.gob.imss.siade.consulta.ExpedientePdfService;
import mx.gob.imss.siade.infra.ReglaNegocioException;
import mx.gob.imss.siade.seguridad.AccesoDenegadoException;
import mx.gob.imss.siade.web.infra.Mensajes;
import mx.gob.imss.siade.web.seguridad.AccesoPantallas;

/**
 * {@code /expediente/pdf?folio=…}: the whole case as one PDF (the service checks who may and masks). It is
 * written to a temporary file first, so a failure midway gives a clear error instead of half a download,
 * and then streamed.
 */
@WebServlet("/expediente/pdf")
public class ExpedientePdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private ExpedientePdfService expedientePdf;

    @Override
    protected void doGet(HttpServletRequest peticion, HttpServletResponse respuesta) throws IOException {
        String folio = peticion.getParameter("folio");
        if (folio == null || folio.isBlank()) {
            respuesta.sendError(HttpServletResponse.SC_BAD_REQUEST, Mensajes.texto("expedientePdf.sinFolio"));
            return;
        }
        Path temporal = Files.createTempFile("expediente-", ".pdf");
        try {
            try (OutputStream out = Files.newOutputStream(temporal)) {
                expedientePdf.escribir(folio, out);
            } catch (AccesoDenegadoException | EJBAccessException e) {
                peticion.setAttribute(AccesoPantallas.MENSAJE, Mensajes.texto("expedientePdf.sinAcceso"));
                respuesta.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            } catch (ReglaNegocioException e) {
                respuesta.sendError(HttpServletResponse.SC_NOT_FOUND, Mensajes.texto(e.clave(), e.argumentos()));
                return;
            }
            respuesta.setContentType("application/pdf");
            respuesta.setHeader("Content-Disposition", "attachment; filename=\"expediente-" + folio.replaceAll("[^0-9A-Za-z-]", "")
                    + ".pdf\"");
            respuesta.setHeader("Cache-Control", "no-store");
            respuesta.setContentLengthLong(Files.size(temporal));
            Files.copy(temporal, respuesta.getOutputStream());
        } finally {
            Files.deleteIfExists(temporal);
        }
    }
}
