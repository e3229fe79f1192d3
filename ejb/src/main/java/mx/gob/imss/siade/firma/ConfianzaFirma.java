package mx.gob.imss.siade.firma;

import eu.europa.esig.dss.crl.CRLBinary;
import eu.europa.esig.dss.crl.CRLUtils;
import eu.europa.esig.dss.crl.CRLValidity;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.model.x509.revocation.crl.CRL;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.RevocationSource;
import eu.europa.esig.dss.spi.x509.revocation.RevocationToken;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLToken;
import eu.europa.esig.dss.spi.x509.tsp.KeyEntityTSPSource;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a signature is trusted against: the certificates of the trusted CAs, their CRLs and the
 * time-stamp source. Production names them in the settings ({@code siade.firma.*}); with demo data
 * and nothing configured, the demo PKI ({@link PkiDemo}). The CRLs are read again when their
 * {@code nextUpdate} passed, at most once an hour.
 */
@ApplicationScoped
public class ConfianzaFirma {

    private static final Logger LOG = Logger.getLogger(ConfianzaFirma.class.getName());
    private static final Duration RELECTURA_MINIMA = Duration.ofHours(1);

    /** Comma-separated files (DER or PEM) of the trusted CA certificates. */
    @Inject
    @ConfigProperty(name = "siade.firma.ac-confiables")
    private Optional<String> acConfiables;

    /** Comma-separated files or http(s) addresses of their CRLs. */
    @Inject
    @ConfigProperty(name = "siade.firma.crl")
    private Optional<String> ubicacionesCrl;

    @Inject
    @ConfigProperty(name = "siade.firma.tsa.url")
    private Optional<String> urlTsa;

    @Inject
    private PkiDemo pkiDemo;

    @Inject
    private Clock reloj;

    private volatile Estado estado;

    /** For CDI. */
    public ConfianzaFirma() {
    }

    /** Outside the container (unit tests, bench): the demo PKI, nothing configured. */
    public ConfianzaFirma(PkiDemo pkiDemo, Clock reloj) {
        this.pkiDemo = pkiDemo;
        this.reloj = reloj;
        this.acConfiables = Optional.empty();
        this.ubicacionesCrl = Optional.empty();
        this.urlTsa = Optional.empty();
    }

    /** The trust material read at one moment. */
    private record Estado(List<X509Certificate> autoridades, List<X509CRL> crls, Instant leido, Instant vence) {
    }

    /**
     * The checks before signing, each with its Spanish refusal: the certificate names the user's RFC,
     * is valid today, was issued by a trusted CA and is not on its CRL.
     */
    public void verificar(X509Certificate certificado, String rfcUsuario) {
        if (rfcUsuario == null || rfcUsuario.isBlank()) {
            throw new FirmaRechazadaException("error.firma.usuarioSinRfc");
        }
        String rfc = CredencialFirma.rfcDe(certificado).orElse("");
        if (!rfc.equalsIgnoreCase(rfcUsuario.trim())) {
            throw new FirmaRechazadaException("error.firma.noEsSuyo", rfc.isEmpty() ? "—" : rfc);
        }
        Date ahora = Date.from(reloj.instant());
        if (ahora.before(certificado.getNotBefore())) {
            throw new FirmaRechazadaException("error.firma.aunNoValido", fecha(certificado.getNotBefore()));
        }
        if (ahora.after(certificado.getNotAfter())) {
            throw new FirmaRechazadaException("error.firma.vencido", fecha(certificado.getNotAfter()));
        }
        Estado e = estado();
        X509Certificate emisor = e.autoridades().stream().filter(ac -> emitidoPor(certificado, ac)).findFirst()
                .orElseThrow(() -> new FirmaRechazadaException("error.firma.noConfiable",
                        CredencialFirma.nombreComun(certificado.getIssuerX500Principal())));
        X509CRL crl = e.crls().stream().filter(c -> crlDe(c, emisor)).findFirst()
                .orElseThrow(() -> new FirmaRechazadaException("error.firma.sinCrl",
                        CredencialFirma.nombreComun(emisor.getSubjectX500Principal())));
        if (crl.isRevoked(certificado)) {
            throw new FirmaRechazadaException("error.firma.revocado",
                    fecha(crl.getRevokedCertificate(certificado).getRevocationDate()));
        }
    }

    /** The issuing CA of a trusted certificate (for the signature's chain). */
    public List<X509Certificate> cadena(X509Certificate certificado) {
        List<X509Certificate> cadena = new ArrayList<>();
        cadena.add(certificado);
        estado().autoridades().stream().filter(ac -> emitidoPor(certificado, ac)).findFirst().ifPresent(cadena::add);
        return cadena;
    }

    /** A DSS verifier that trusts the CAs and answers revocation from their CRLs, offline. */
    public CommonCertificateVerifier verificadorDss() {
        Estado e = estado();
        CommonTrustedCertificateSource confiables = new CommonTrustedCertificateSource();
        e.autoridades().forEach(ac -> confiables.addCertificate(new CertificateToken(ac)));
        CommonCertificateVerifier verificador = new CommonCertificateVerifier();
        verificador.setTrustedCertSources(confiables);
        verificador.setCrlSource(new FuenteCrl(e.crls()));
        verificador.setAIASource(null);
        verificador.setOcspSource(null);
        return verificador;
    }

    /** The time-stamp source: the configured TSA, the demo one, or none (then signatures are B-B). */
    public Optional<TSPSource> sellosDeTiempo() {
        if (urlTsa.isPresent() && !urlTsa.get().isBlank()) {
            return Optional.of(new OnlineTSPSource(urlTsa.get().trim()));
        }
        return pkiDemo.selladora();
    }

    private Estado estado() {
        Estado e = estado;
        Instant ahora = reloj.instant();
        if (e == null || (ahora.isAfter(e.vence()) && ahora.isAfter(e.leido().plus(RELECTURA_MINIMA)))) {
            synchronized (this) {
                e = estado;
                if (e == null || (ahora.isAfter(e.vence()) && ahora.isAfter(e.leido().plus(RELECTURA_MINIMA)))) {
                    e = leer(ahora);
                    estado = e;
                }
            }
        }
        return e;
    }

    private Estado leer(Instant ahora) {
        List<X509Certificate> autoridades = new ArrayList<>();
        List<X509CRL> crls = new ArrayList<>();
        List<String> configuradas = lista(acConfiables);
        if (!configuradas.isEmpty()) {
            for (String ubicacion : configuradas) {
                autoridades.add(leerCertificado(leerBytes(ubicacion)));
            }
            for (String ubicacion : lista(ubicacionesCrl)) {
                crls.add(leerCrl(leerBytes(ubicacion)));
            }
        } else if (pkiDemo.disponible()) {
            autoridades.add(pkiDemo.autoridad());
            crls.add(pkiDemo.crl());
        } else {
            LOG.warning("Sin autoridades certificadoras de confianza (siade.firma.ac-confiables): no se podrá firmar");
        }
        Instant vence = crls.stream().map(X509CRL::getNextUpdate).filter(java.util.Objects::nonNull).map(Date::toInstant)
                .min(Instant::compareTo).orElse(ahora.plus(RELECTURA_MINIMA));
        return new Estado(List.copyOf(autoridades), List.copyOf(crls), ahora, vence);
    }

    private static List<String> lista(Optional<String> valor) {
        return valor.map(v -> java.util.Arrays.stream(v.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList())
                .orElse(List.of());
    }

    private static byte[] leerBytes(String ubicacion) {
        String u = ubicacion.trim();
        try {
            if (u.startsWith("http://") || u.startsWith("https://")) {
                try (InputStream in = URI.create(u).toURL().openStream()) {
                    return in.readNBytes(20 * 1024 * 1024);
                }
            }
            return Files.readAllBytes(Path.of(u));
        } catch (IOException e) {
            throw new IllegalStateException("No se pudo leer " + u, e);
        }
    }

    static X509Certificate leerCertificado(byte[] bytes) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(bytes));
        } catch (CertificateException e) {
            throw new IllegalStateException("Certificado ilegible", e);
        }
    }

    static X509CRL leerCrl(byte[] bytes) {
        try {
            return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(bytes));
        } catch (CertificateException | CRLException e) {
            throw new IllegalStateException("CRL ilegible", e);
        }
    }

    static boolean emitidoPor(X509Certificate certificado, X509Certificate ac) {
        if (!certificado.getIssuerX500Principal().equals(ac.getSubjectX500Principal())) {
            return false;
        }
        try {
            certificado.verify(ac.getPublicKey());
            return true;
        } catch (java.security.GeneralSecurityException e) {
            return false;
        }
    }

    private static boolean crlDe(X509CRL crl, X509Certificate ac) {
        if (!crl.getIssuerX500Principal().equals(ac.getSubjectX500Principal())) {
            return false;
        }
        try {
            crl.verify(ac.getPublicKey());
            return true;
        } catch (java.security.GeneralSecurityException e) {
            return false;
        }
    }

    private static String fecha(Date fecha) {
        return mx.gob.imss.siade.infra.Textos.fecha(fecha.toInstant().atZone(mx.gob.imss.siade.infra.Tiempo.ZONA_MEXICO)
                .toLocalDate());
    }

    /** DSS revocation answers from the CRLs held, without going online. */
    private static final class FuenteCrl implements RevocationSource<CRL> {

        private static final long serialVersionUID = 1L;

        private final List<byte[]> crls;

        FuenteCrl(List<X509CRL> crls) {
            this.crls = crls.stream().map(c -> {
                try {
                    return c.getEncoded();
                } catch (CRLException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }

        @Override
        public RevocationToken<CRL> getRevocationToken(CertificateToken certificado, CertificateToken emisor) {
            if (emisor == null) {
                return null;
            }
            for (byte[] bytes : crls) {
                try {
                    CRLBinary binario = CRLUtils.buildCRLBinary(bytes);
                    CRLValidity validez = CRLUtils.buildCRLValidity(binario, emisor);
                    if (validez.isSignatureIntact() && validez.isIssuerX509PrincipalMatches()) {
                        CRLToken token = new CRLToken(certificado, validez);
                        token.setExternalOrigin(eu.europa.esig.dss.enumerations.RevocationOrigin.EXTERNAL);
                        return token;
                    }
                } catch (IOException | RuntimeException e) {
                    // another CA's CRL: keep looking
                }
            }
            return null;
        }
    }
}
