package mx.gob.imss.siade.web.digitalizacion;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import mx.gob.imss.siade.digitalizacion.EscaneoEntrante;
import mx.gob.imss.siade.digitalizacion.PorClasificarService;
import mx.gob.imss.siade.infra.ReglaNegocioException;
import mx.gob.imss.siade.web.infra.Descarga;

/**
 * A scan waiting in the «por clasificar» tray, to look at before filing it: PDFs and images inline,
 * TIFF as a download (browsers do not show it). The EJB checks the role.
 */
@WebServlet("/escaneos/contenido")
public class EscaneoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private PorClasificarService servicio;

    @Override
    protected void doGet(HttpServletRequest peticion, HttpServletResponse respuesta) throws IOException {
        long id;
        try {
            id = Long.parseLong(peticion.getParameter("id"));
        } catch (NumberFormatException e) {
            respuesta.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        EscaneoEntrante e;
        try {
            e = servicio.escaneo(id);
        } catch (ReglaNegocioException ex) {
            respuesta.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException ex) {
            respuesta.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        respuesta.setContentType(e.getTipoMedio() == null ? "application/octet-stream" : e.getTipoMedio());
        boolean enLinea = e.getTipoMedio() != null && !"image/tiff".equals(e.getTipoMedio());
        Descarga.encabezados(respuesta, enLinea, e.getNombreArchivo());
        try {
            servicio.escribirContenido(id, respuesta.getOutputStream());
        } catch (ReglaNegocioException ex) {
            respuesta.reset();
            respuesta.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
