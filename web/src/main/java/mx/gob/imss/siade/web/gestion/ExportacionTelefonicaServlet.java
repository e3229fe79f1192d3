package mx.gob.imss.siade.web.gestion;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import mx.gob.imss.siade.gestion.BitacoraAtencionTelefonica;
import mx.gob.imss.siade.seguridad.AccesoDenegadoException;
import mx.gob.imss.siade.web.infra.Mensajes;
import mx.gob.imss.siade.web.seguridad.AccesoPantallas;

/** The Anexo 19 of a date range as CSV or XLSX, streamed (the service checks who may read it and masks as the screen). */
@WebServlet("/atencion-telefonica/exportar")
public class ExportacionTelefonicaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final long DIAS_MAXIMOS = 3660;

    @EJB
    private BitacoraAtencionTelefonica bitacora;

    @Override
    protected void doGet(HttpServletRequest peticion, HttpServletResponse respuesta) throws IOException {
        LocalDate desde;
        LocalDate hasta;
        try {
            desde = LocalDate.parse(peticion.getParameter("desde"));
            hasta = LocalDate.parse(peticion.getParameter("hasta"));
        } catch (DateTimeParseException | NullPointerException e) {
            respuesta.sendError(HttpServletResponse.SC_BAD_REQUEST, Mensajes.texto("anexo19.fechas"));
            return;
        }
        String formato = peticion.getParameter("formato");
        if (hasta.isBefore(desde) || ChronoUnit.DAYS.between(desde, hasta) > DIAS_MAXIMOS
                || !("csv".equals(formato) || "xlsx".equals(formato))) {
            respuesta.sendError(HttpServletResponse.SC_BAD_REQUEST, Mensajes.texto("anexo19.fechas"));
            return;
        }
        try {
            bitacora.contar(desde, hasta); // who may read it, before any byte goes out
        } catch (AccesoDenegadoException | EJBAccessException e) {
            peticion.setAttribute(AccesoPantallas.MENSAJE, Mensajes.texto("anexo19.sinAcceso"));
            respuesta.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String nombre = "anexo19-" + desde + "-a-" + hasta + "." + formato;
        respuesta.setHeader("Content-Disposition", "attachment; filename=\"" + nombre + "\"");
        respuesta.setHeader("Cache-Control", "no-store");
        if ("csv".equals(formato)) {
            respuesta.setContentType("text/csv;charset=UTF-8");
            bitacora.exportarCsv(desde, hasta, respuesta.getOutputStream());
        } else {
            respuesta.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            bitacora.exportarXlsx(desde, hasta, respuesta.getOutputStream());
        }
    }
}
