package mx.gob.imss.siade.web.indicadores;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import mx.gob.imss.siade.indicadores.IndicadoresService;
import mx.gob.imss.siade.infra.ReglaNegocioException;
import mx.gob.imss.siade.web.infra.Descarga;
import mx.gob.imss.siade.web.infra.Mensajes;
import mx.gob.imss.siade.web.seguridad.AccesoPantallas;

/**
 * The statistical report of the dashboard's period and área, as PDF ({@code /indicadores/reporte.pdf}) or XLSX
 * ({@code /indicadores/reporte.xlsx}); the service checks who may have which área.
 */
@WebServlet({"/indicadores/reporte.pdf", "/indicadores/reporte.xlsx"})
public class ReporteIndicadoresServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private IndicadoresService indicadores;

    @Override
    protected void doGet(HttpServletRequest peticion, HttpServletResponse respuesta) throws IOException {
        boolean pdf = peticion.getServletPath().endsWith(".pdf");
        LocalDate desde;
        LocalDate hasta;
        Long area;
        try {
            desde = LocalDate.parse(peticion.getParameter("desde"));
            hasta = LocalDate.parse(peticion.getParameter("hasta"));
            String a = peticion.getParameter("area");
            area = a == null || a.isBlank() ? null : Long.valueOf(a);
        } catch (DateTimeParseException | NumberFormatException | NullPointerException e) {
            respuesta.sendError(HttpServletResponse.SC_BAD_REQUEST, Mensajes.texto("error.indicadores.periodo"));
            return;
        }
        byte[] contenido;
        try {
            contenido = pdf ? indicadores.reportePdf(desde, hasta, area) : indicadores.reporteXlsx(desde, hasta, area);
        } catch (EJBAccessException e) {
            peticion.setAttribute(AccesoPantallas.MENSAJE, Mensajes.texto("error.acceso.pantalla"));
            respuesta.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (ReglaNegocioException e) {
            respuesta.sendError(HttpServletResponse.SC_BAD_REQUEST, Mensajes.texto(e.clave(), e.argumentos()));
            return;
        }
        respuesta.setContentType(pdf ? "application/pdf"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        Descarga.encabezados(respuesta, false, "reporte-estadistico-" + desde + "-a-" + hasta + (pdf ? ".pdf" : ".xlsx"));
        respuesta.setContentLength(contenido.length);
        respuesta.getOutputStream().write(contenido);
    }
}
