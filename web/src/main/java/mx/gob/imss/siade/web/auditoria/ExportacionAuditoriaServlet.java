package mx.gob.imss.siade.web.auditoria;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import mx.gob.imss.siade.auditoria.AccionAuditada;
import mx.gob.imss.siade.auditoria.AuditoriaService;
import mx.gob.imss.siade.web.infra.Mensajes;
import mx.gob.imss.siade.web.seguridad.AccesoPantallas;

/** The audit log as filtered, to CSV or XLSX (streamed); only the administrador. */
@WebServlet("/auditoria/exportar")
public class ExportacionAuditoriaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private AuditoriaService auditoria;

    @Override
    protected void doGet(HttpServletRequest peticion, HttpServletResponse respuesta) throws IOException {
        String formato = peticion.getParameter("formato");
        AuditoriaService.Filtro filtro;
        try {
            String accion = peticion.getParameter("accion");
            filtro = new AuditoriaService.Filtro(fecha(peticion.getParameter("desde")), fecha(peticion.getParameter("hasta")),
                    peticion.getParameter("usuario"), accion == null || accion.isBlank() ? null : AccionAuditada.valueOf(accion),
                    peticion.getParameter("folio"));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            respuesta.sendError(HttpServletResponse.SC_BAD_REQUEST, Mensajes.texto("auditoria.filtroInvalido"));
            return;
        }
        if (!"csv".equals(formato) && !"xlsx".equals(formato)) {
            respuesta.sendError(HttpServletResponse.SC_BAD_REQUEST, Mensajes.texto("auditoria.filtroInvalido"));
            return;
        }
        try {
            auditoria.contar(filtro); // only the administrador, before any byte goes out
        } catch (EJBAccessException e) {
            peticion.setAttribute(AccesoPantallas.MENSAJE, Mensajes.texto("auditoria.sinAcceso"));
            respuesta.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        respuesta.setHeader("Content-Disposition", "attachment; filename=\"auditoria." + formato + "\"");
        respuesta.setHeader("Cache-Control", "no-store");
        if ("csv".equals(formato)) {
            respuesta.setContentType("text/csv;charset=UTF-8");
            auditoria.exportarCsv(filtro, respuesta.getOutputStream());
        } else {
            respuesta.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            auditoria.exportarXlsx(filtro, respuesta.getOutputStream());
        }
    }

    private static LocalDate fecha(String valor) {
        return valor == null || valor.isBlank() ? null : LocalDate.parse(valor);
    }
}
