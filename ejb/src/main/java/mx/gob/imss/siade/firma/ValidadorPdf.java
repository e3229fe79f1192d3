package mx.gob.imss.siade.firma;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import java.io.Serializable;
import java.util.Date;
import mx.gob.imss.siade.infra.Textos;

/** DSS validation of a PDF's signatures, in a plain Spanish verdict. */
public final class ValidadorPdf {

    /** What the validation says: valid or not and why, and whose signature. */
    public record Veredicto(boolean valida, String explicacion, String firmante, Date fechaFirma, int firmas,
                            String indicacion) implements Serializable {
    }

    private ValidadorPdf() {
    }

    public static Veredicto validar(byte[] pdf, CommonCertificateVerifier verificador) {
        Reports reportes;
        try {
            SignedDocumentValidator validador = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf, "documento.pdf"));
            validador.setCertificateVerifier(verificador);
            reportes = validador.validateDocument();
        } catch (RuntimeException e) {
            return new Veredicto(false, Textos.de("verificacion.noEsPdfFirmado"), null, null, 0, null);
        }
        SimpleReport simple = reportes.getSimpleReport();
        if (simple.getSignaturesCount() == 0) {
            return new Veredicto(false, Textos.de("verificacion.sinFirmas"), null, null, 0, null);
        }
        for (String id : simple.getSignatureIdList()) {
            Indication indicacion = simple.getIndication(id);
            if (indicacion != Indication.TOTAL_PASSED && indicacion != Indication.PASSED) {
                SubIndication sub = simple.getSubIndication(id);
                String porque = sub == null ? Textos.de("verificacion.motivo.desconocido", indicacion.name())
                        : Textos.existe("SubIndication." + sub.name()) ? Textos.de("SubIndication." + sub.name())
                        : Textos.de("verificacion.motivo.desconocido", sub.name());
                return new Veredicto(false, Textos.de("verificacion.noValida", porque), simple.getSignedBy(id),
                        simple.getSigningTime(id), simple.getSignaturesCount(), indicacion.name());
            }
        }
        String primera = simple.getFirstSignatureId();
        return new Veredicto(true, Textos.de("verificacion.valida"), simple.getSignedBy(primera),
                simple.getSigningTime(primera), simple.getSignaturesCount(), simple.getIndication(primera).name());
    }
}
