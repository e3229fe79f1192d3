package mx.gob.imss.siade.web.busqueda;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import mx.gob.imss.siade.busqueda.ReconstruccionIndice;
import mx.gob.imss.siade.web.infra.Mensajes;

/** The administrador's rebuild of the search index from the database, with its progress, and the OCR queue. */
@Named
@RequestScoped
public class IndiceView {

    @EJB
    private ReconstruccionIndice reconstruccion;

    public void reconstruir() {
        reconstruccion.iniciar();
        Mensajes.info("busqueda.reconstruyendo");
    }

    @EJB
    private mx.gob.imss.siade.ocr.ColaOcr ocr;

    private java.util.Map<String, Long> colaOcr;

    /** OCR jobs by state (PENDIENTE, EN_PROCESO, TERMINADO, FALLIDO), read once per request. */
    public java.util.Map<String, Long> getColaOcr() {
        if (colaOcr == null) {
            colaOcr = new java.util.HashMap<>();
            ocr.resumen().forEach((estado, cuenta) -> colaOcr.put(estado.name(), cuenta));
        }
        return colaOcr;
    }

    public ReconstruccionIndice.Avance getAvance() {
        return reconstruccion.avance();
    }

    /** 0–100 for the progress bar. */
    public int getPorcentaje() {
        ReconstruccionIndice.Avance a = reconstruccion.avance();
        return a.total() == 0 ? (a.enCurso() ? 0 : 100) : (int) Math.min(100, a.hechas() * 100 / a.total());
    }
}
