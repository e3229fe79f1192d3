package mx.gob.imss.siade.web.administracion;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import mx.gob.imss.siade.auditoria.VerificacionCadenas;
import mx.gob.imss.siade.busqueda.ReconstruccionIndice;
import mx.gob.imss.siade.ocr.ColaOcr;

/**
 * What the administrador runs from the command line ({@code config/siade-admin.sh}), the same operations
 * as the admin buttons: rebuild the search index with its progress, verify the hash chains of the
 * bitácora and the audit (the first broken link), and see the OCR queue. HTTP Basic with an
 * administrador's account (web.xml: {@code /api/v1/admin/*} is for ADMIN only); the EJBs check the role again.
 */
@Path("v1/admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdministracionRecurso {

    @EJB
    private ReconstruccionIndice reconstruccion;

    @EJB
    private VerificacionCadenas verificacion;

    @EJB
    private ColaOcr ocr;

    /** Starts rebuilding the index from the database (nothing if a rebuild is running); 202 with the progress. */
    @POST
    @Path("indice/reconstruccion")
    public Response reconstruir() {
        reconstruccion.iniciar();
        return Response.accepted(avance()).build();
    }

    @GET
    @Path("indice/reconstruccion")
    public Map<String, Object> avance() {
        ReconstruccionIndice.Avance a = reconstruccion.avance();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("enCurso", a.enCurso());
        r.put("hechas", a.hechas());
        r.put("total", a.total());
        r.put("error", a.error());
        return r;
    }

    /** Verifies both chains; {@code integra=false} names the first broken link. */
    @GET
    @Path("cadenas/verificacion")
    public Map<String, Object> verificar() {
        VerificacionCadenas.Resultado v = verificacion.verificar();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("integra", v.integra());
        r.put("revisados", v.revisados());
        r.put("tabla", v.tabla());
        r.put("id", v.id());
        r.put("folio", v.folio());
        r.put("motivo", v.motivo());
        return r;
    }

    /** Jobs of the OCR queue by state. */
    @GET
    @Path("ocr")
    public Map<String, Long> colaOcr() {
        Map<String, Long> r = new LinkedHashMap<>();
        ocr.resumen().forEach((estado, cuenta) -> r.put(estado.name(), cuenta));
        return r;
    }
}
