package mx.gob.imss.siade.oficios;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.gob.imss.siade.documentos.GeneradorPdf;
import mx.gob.imss.siade.infra.PlantillaRechazadaException;
import mx.gob.imss.siade.infra.Plantillas;
import mx.gob.imss.siade.seguridad.Roles;

/**
 * The administrador edits the oficio templates. A template is saved only if it renders: it is
 * merged with sample data and turned into a PDF first, so a broken one never reaches an oficio.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class PlantillaOficioService {

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Inject
    private Plantillas plantillas;

    @Inject
    private GeneradorPdf pdf;

    @Inject
    private RedaccionOficio redaccion;

    @Inject
    private java.time.Clock reloj;

    public List<PlantillaOficio> todas() {
        List<PlantillaOficio> todas = em.createQuery("SELECT p FROM PlantillaOficio p ORDER BY p.nombre",
                PlantillaOficio.class).getResultList();
        todas.forEach(PlantillaOficio::getCuerpo);
        return todas;
    }

    public PlantillaOficio guardar(TipoOficio tipo, String asunto, String cuerpo, long versionVista) {
        PlantillaOficio plantilla = em.find(PlantillaOficio.class, tipo);
        if (plantilla == null) {
            throw PlantillaInvalidaException.desconocida(String.valueOf(tipo));
        }
        if (plantilla.getVersion() != versionVista) {
            throw PlantillaInvalidaException.modificada(plantilla.getNombre());
        }
        probar(tipo, asunto, cuerpo);
        plantilla.editar(asunto.trim(), cuerpo.trim());
        em.flush();
        return plantilla;
    }

    /** Pages of the preview drawn as images (the screen cannot frame a PDF: CSP); at most this many. */
    static final int PAGINAS_VISTA_PREVIA = 3;

    /**
     * The text being edited (not yet saved) merged with a fictitious sample case inside the letterhead, as PNG
     * images of its first pages, to show beside the editor. A text that cannot be rendered is refused with
     * the same Spanish message as when saving.
     */
    public List<byte[]> vistaPrevia(TipoOficio tipo, String asunto, String cuerpo) {
        PlantillaOficio plantilla = em.find(PlantillaOficio.class, tipo);
        if (plantilla == null) {
            throw PlantillaInvalidaException.desconocida(String.valueOf(tipo));
        }
        probar(tipo, asunto, cuerpo);
        byte[] documento = redaccion.vistaPrevia(plantilla.getNombre(), asunto, cuerpo,
                java.time.LocalDate.now(reloj.withZone(mx.gob.imss.siade.infra.Tiempo.ZONA_MEXICO)));
        try (org.apache.pdfbox.pdmodel.PDDocument pdfDoc = org.apache.pdfbox.Loader.loadPDF(documento)) {
            org.apache.pdfbox.rendering.PDFRenderer dibujo = new org.apache.pdfbox.rendering.PDFRenderer(pdfDoc);
            List<byte[]> paginas = new java.util.ArrayList<>();
            for (int i = 0; i < Math.min(PAGINAS_VISTA_PREVIA, pdfDoc.getNumberOfPages()); i++) {
                java.awt.image.BufferedImage imagen = dibujo.renderImageWithDPI(i, 96);
                java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
                javax.imageio.ImageIO.write(imagen, "png", png);
                paginas.add(png.toByteArray());
            }
            return paginas;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Renders the template with sample data; a failure becomes a message for the administrador. */
    void probar(TipoOficio tipo, String asunto, String cuerpo) {
        if (asunto == null || asunto.isBlank() || cuerpo == null || cuerpo.isBlank()) {
            throw PlantillaInvalidaException.vacia();
        }
        Map<String, Object> ejemplo = new HashMap<>();
        for (String campo : RedaccionOficio.CAMPOS) {
            ejemplo.put(campo, "[" + campo + "]");
        }
        try {
            plantillas.procesarTexto(RedaccionOficio.PARTE_ASUNTO, asunto, ejemplo);
            String html = plantillas.procesarTexto(RedaccionOficio.PARTE_TEXTO, cuerpo, ejemplo);
            pdf.desdeXhtml("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"/><title>prueba</title></head><body>"
                    + html + "</body></html>");
        } catch (PlantillaRechazadaException e) {
            throw e; // already says, in Spanish, where and what
        } catch (RuntimeException e) {
            throw PlantillaInvalidaException.noSeGenera(e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
