package mx.gob.imss.siade.firma;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import mx.gob.imss.siade.documentos.Digitalizacion;
import mx.gob.imss.siade.infra.CodigoAleatorio;
import mx.gob.imss.siade.seguridad.LimitePorDireccion;

/**
 * The public verification of signed oficios (no login). Folio + code shows what was signed, by whom
 * and the SHA-256 of the file on file, and nothing of the persona usuaria. A PDF uploaded gets DSS's
 * verdict in plain Spanish and whether it is byte-identical to the one on file. Guessing is slowed
 * per address: every lookup counts (hit or miss, the same work), from the 10th in 15 minutes each
 * must wait, at the 30th the address is locked for a while; an 80-bit code is not guessed anyway.
 */
@Stateless
@PermitAll
public class VerificacionService {

    /** What the page shows of a signed oficio. */
    public record Constancia(String folioOficio, OffsetDateTime fecha, String firmante, String cargo, String suplenciaDe,
                             String sha256, String nivel) implements Serializable {
    }

    /** The answer to a lookup: the constancia, or nothing found, or wait this long. */
    public record Respuesta(Optional<Constancia> constancia, Optional<Duration> espera) implements Serializable {
    }

    /**
     * The answer to an uploaded PDF. Kept in the view (and so in a cluster's replicated session): its
     * components are plain values, the optional ones read through {@link #identicoA()} and {@link #espera()}.
     */
    public record Revision(ValidadorPdf.Veredicto veredicto, String folioIdentico, Duration esperaRestante)
            implements Serializable {

        public Optional<String> identicoA() {
            return Optional.ofNullable(folioIdentico);
        }

        public Optional<Duration> espera() {
            return Optional.ofNullable(esperaRestante);
        }
    }

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Inject
    private ConfianzaFirma confianza;

    @Inject
    private LimitePorDireccion limite;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Respuesta consultar(String folioOficio, String codigo, String direccion) {
        Optional<Duration> espera = limite.contar("V", direccion);
        if (espera.isPresent()) {
            return new Respuesta(Optional.empty(), espera);
        }
        String folio = folioOficio == null ? "" : folioOficio.trim().toUpperCase(Locale.ROOT);
        List<FirmaOficio> encontradas = em.createNamedQuery("FirmaOficio.porCodigo", FirmaOficio.class)
                .setParameter("folio", folio).setParameter("codigo", CodigoAleatorio.normalizar(codigo)).getResultList();
        return new Respuesta(encontradas.stream().findFirst().map(VerificacionService::constancia), Optional.empty());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Revision revisar(byte[] pdf, String direccion) {
        Optional<Duration> espera = limite.contar("V", direccion);
        if (espera.isPresent()) {
            return new Revision(null, null, espera.orElse(null));
        }
        ValidadorPdf.Veredicto veredicto = ValidadorPdf.validar(pdf, confianza.verificadorDss());
        Optional<String> identico = em.createNamedQuery("FirmaOficio.porSha256", FirmaOficio.class)
                .setParameter("sha256", Digitalizacion.sha256(pdf)).getResultStream().findFirst()
                .map(f -> f.getOficio().getFolioOficio());
        return new Revision(veredicto, identico.orElse(null), null);
    }

    private static Constancia constancia(FirmaOficio f) {
        return new Constancia(f.getOficio().getFolioOficio(), f.getFecha(), f.getFirmante().getNombreCompleto(),
                f.getCargo(), f.getTitular() == null ? null : f.getTitular().getNombreCompleto(), f.getSha256(), f.getNivel());
    }
}
