package mx.gob.imss.siade.web.firma;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import mx.gob.imss.siade.firma.PortafirmasService;
import mx.gob.imss.siade.infra.ReglaNegocioException;
import mx.gob.imss.siade.web.seguridad.AccesoPantallas;
import mx.gob.imss.siade.web.infra.Mensajes;

/** The PDF of an oficio for the reviewer or signer it awaits (the portafirmas' preview). */
@WebServlet("/portafirmas/pdf")
public class OficioPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private PortafirmasService portafirmas;

    @Override
    protected void doGet(HttpServletRequest peticion, HttpServletResponse respuesta) throws IOException {
        long id;
        try {
            id = Long.parseLong(peticion.getParameter("id"));
        } catch (NumberFormatException e) {
            respuesta.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        byte[] pdf;
        try {
            pdf = portafirmas.pdfParaRevisar(id);
        } catch (ReglaNegocioException | jakarta.ejb.EJBAccessException e) {
            peticion.setAttribute(AccesoPantallas.MENSAJE, Mensajes.texto("error.portafirmas.noDesignado"));
            respuesta.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        respuesta.setContentType("application/pdf");
        respuesta.setHeader("Content-Disposition", "inline; filename=\"oficio-" + id + ".pdf\"");
        respuesta.setHeader("Cache-Control", "no-store");
        respuesta.setContentLength(pdf.length);
        respuesta.getOutputStream().write(pdf);
    }
}
