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
import mx.gob.imss.siade.gestion.BitacoraGestion;
import mx.gob.imss.siade.gestion.LibroGestion;
import mx.gob.imss.siade.seguridad.AccesoDenegadoException;
import mx.gob.imss.siade.web.infra.Mensajes;
import mx.gob.imss.siade.web.seguridad.AccesoPantallas;

/**
 * One of Gestión's bitácoras (Anexo 18 or 19) for a date range as CSV or XLSX (streamed) or PDF (for printing,
 * bounded): the service checks who may read it and masks as the screen.
 */
@WebServlet("/bitacoras-gestion/exportar")
public class ExportacionBitacoraServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final long DIAS_MAXIMOS = 3660;

    @EJB
    private BitacoraGestion bitacora;

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
        LibroGestion libro;
        try {
            libro = LibroGestion.valueOf(String.valueOf(peticion.getParameter("libro")));
        } catch (IllegalArgumentException e) {
            respuesta.sendError(HttpServletResponse.SC_BAD_REQUEST, Mensajes.texto("anexo19.fechas"));
            return;
        }
        if (hasta.isBefore(desde) || ChronoUnit.DAYS.between(desde, hasta) > DIAS_MAXIMOS
                || !("csv".equals(formato) || "xlsx".equals(formato) || "pdf".equals(formato))) {
            respuesta.sendError(HttpServletResponse.SC_BAD_REQUEST, Mensajes.texto("anexo19.fechas"));
            return;
        }
        try {
            bitacora.contar(libro, desde, hasta); // who may read it, before any byte goes out
        } catch (AccesoDenegadoException | EJBAccessException e) {
            peticion.setAttribute(AccesoPantallas.MENSAJE, Mensajes.texto("anexo19.sinAcceso"));
            respuesta.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        byte[] impreso = null;
        if ("pdf".equals(formato)) {
            try {
                impreso = bitacora.exportarPdf(libro, desde, hasta);
            } catch (mx.gob.imss.siade.infra.ReglaNegocioException e) {
                respuesta.setContentType("text/plain;charset=UTF-8");
                respuesta.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                respuesta.getWriter().write(Mensajes.texto(e.clave(), e.argumentos()));
                return;
            }
        }
        String nombre = libro.archivo() + "-" + desde + "-a-" + hasta + "." + formato;
        respuesta.setHeader("Content-Disposition", "attachment; filename=\"" + nombre + "\"");
        respuesta.setHeader("Cache-Control", "no-store");
        if (impreso != null) {
            respuesta.setContentType("application/pdf");
            respuesta.setContentLength(impreso.length);
            respuesta.getOutputStream().write(impreso);
        } else if ("csv".equals(formato)) {
            respuesta.setContentType("text/csv;charset=UTF-8");
            bitacora.exportarCsv(libro, desde, hasta, respuesta.getOutputStream());
        } else {
            respuesta.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            bitacora.exportarXlsx(libro, desde, hasta, respuesta.getOutputStream());
        }
    }
}
