package mx.gob.imss.siade.ocr;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/** Wakes this node's OCR workers as soon as a document's filing commits (not before: the job must be visible). */
@ApplicationScoped
public class AvisoOcr {

    @EJB
    private TrabajadoresOcr trabajadores;

    void alEncolar(@Observes(during = TransactionPhase.AFTER_SUCCESS) ColaOcr.DocumentoEncolado encolado) {
        trabajadores.despachar();
    }
}
