package mx.gob.imss.siade.web.gestion;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import mx.gob.imss.siade.gestion.FormatoGestion;
import mx.gob.imss.siade.gestion.FormatosGestionService;
import mx.gob.imss.siade.infra.ReglaNegocioException;
import mx.gob.imss.siade.seguridad.AccesoDenegadoException;
import mx.gob.imss.siade.web.infra.Mensajes;
import mx.gob.imss.siade.web.seguridad.AccesoPantallas;

/** A Gestión format of a case as PDF: {@code /gestion/formato?folio=…&anexo=14|15|16|17} (the service checks access and masks). */
@WebServlet("/gestion/formato")
public class FormatoGestionServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private FormatosGestionService formatos;

    @Override
    protected void doGet(HttpServletRequest peticion, HttpServletResponse respuesta) throws IOException {
        String folio = peticion.getParameter("folio");
        Optional<FormatoGestion> formato;
        try {
            formato = FormatoGestion.deAnexo(Integer.parseInt(String.valueOf(peticion.getParameter("anexo"))));
        } catch (NumberFormatException e) {
            formato = Optional.empty();
        }
        if (folio == null || formato.isEmpty()) {
            respuesta.sendError(HttpServletResponse.SC_BAD_REQUEST, Mensajes.texto("formato.invalido"));
            return;
        }
        byte[] pdf;
        try {
            pdf = formatos.pdf(folio, formato.get());
        } catch (AccesoDenegadoException | EJBAccessException e) {
            peticion.setAttribute(AccesoPantallas.MENSAJE, Mensajes.texto("formato.sinAcceso"));
            respuesta.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (ReglaNegocioException e) {
            respuesta.sendError(HttpServletResponse.SC_NOT_FOUND, Mensajes.texto(e.clave(), e.argumentos()));
            return;
        }
        respuesta.setContentType("application/pdf");
        respuesta.setHeader("Content-Disposition", "inline; filename=\"anexo" + formato.get().anexo() + "-" + folio + ".pdf\"");
        respuesta.setHeader("Cache-Control", "no-store");
        respuesta.setContentLength(pdf.length);
        respuesta.getOutputStream().write(pdf);
    }
}
