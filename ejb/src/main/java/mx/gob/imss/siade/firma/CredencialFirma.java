package mx.gob.imss.siade.firma;

import java.io.ByteArrayInputStream;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.operator.InputDecryptorProvider;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;

/**
 * An e.firma as SAT issues it: a DER certificate ({@code .cer}) and its private key as encrypted
 * PKCS#8 ({@code .key}), opened with its password. Lives in memory for one request: never
 * serialised, stored or logged ({@link #toString()} names the certificate only).
 */
public final class CredencialFirma {

    /** Bouncy Castle as an object, not registered in the JVM: nothing left behind in the server. */
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    /** RFC in a SAT certificate: x500UniqueIdentifier (2.5.4.45); CURP in serialNumber. */
    static final ASN1ObjectIdentifier OID_RFC = BCStyle.UNIQUE_IDENTIFIER;

    private static final int MAXIMO_BYTES = 64 * 1024;

    private final X509Certificate certificado;
    private final PrivateKey llave;

    private CredencialFirma(X509Certificate certificado, PrivateKey llave) {
        this.certificado = certificado;
        this.llave = llave;
    }

    /**
     * @throws FirmaRechazadaException unreadable files, a wrong password, or a key of another certificate
     */
    public static CredencialFirma abrir(byte[] cer, byte[] key, char[] contrasena) {
        X509Certificate certificado = certificado(cer);
        if (key == null || key.length == 0 || key.length > MAXIMO_BYTES) {
            throw new FirmaRechazadaException("error.firma.llaveIlegible");
        }
        PKCS8EncryptedPrivateKeyInfo cifrada;
        try {
            cifrada = new PKCS8EncryptedPrivateKeyInfo(key);
        } catch (Exception e) {
            throw new FirmaRechazadaException("error.firma.llaveIlegible");
        }
        PrivateKey llave;
        try {
            InputDecryptorProvider descifrador = new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(BC)
                    .build(contrasena == null ? new char[0] : contrasena);
            llave = new JcaPEMKeyConverter().setProvider(BC).getPrivateKey(cifrada.decryptPrivateKeyInfo(descifrador));
        } catch (PKCSException e) {
            throw new FirmaRechazadaException("error.firma.contrasena");
        } catch (Exception e) {
            throw new FirmaRechazadaException("error.firma.llaveIlegible");
        }
        CredencialFirma credencial = new CredencialFirma(certificado, llave);
        if (!credencial.llaveCorrespondeAlCertificado()) {
            throw new FirmaRechazadaException("error.firma.llaveAjena");
        }
        return credencial;
    }

    static X509Certificate certificado(byte[] cer) {
        if (cer == null || cer.length == 0 || cer.length > MAXIMO_BYTES) {
            throw new FirmaRechazadaException("error.firma.certificadoIlegible");
        }
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(cer));
        } catch (CertificateException | ClassCastException e) {
            throw new FirmaRechazadaException("error.firma.certificadoIlegible");
        }
    }

    /** Signs a small probe with the key and checks it with the certificate's public key. */
    private boolean llaveCorrespondeAlCertificado() {
        try {
            byte[] prueba = "SIADE".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            Signature firma = Signature.getInstance("SHA256withRSA");
            firma.initSign(llave);
            firma.update(prueba);
            byte[] valor = firma.sign();
            Signature verificacion = Signature.getInstance("SHA256withRSA");
            verificacion.initVerify(certificado.getPublicKey());
            verificacion.update(prueba);
            return verificacion.verify(valor);
        } catch (java.security.GeneralSecurityException e) {
            return false;
        }
    }

    /** The raw RSA signature of {@code datos} (SHA-256), what DSS asks for. */
    public byte[] firmar(byte[] datos) {
        try {
            Signature firma = Signature.getInstance("SHA256withRSA");
            firma.initSign(llave);
            firma.update(datos);
            return firma.sign();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("No se pudo firmar con la llave privada", e);
        }
    }

    public X509Certificate certificado() {
        return certificado;
    }

    /** The RFC the certificate names (x500UniqueIdentifier), if any. */
    public Optional<String> rfc() {
        return rfcDe(certificado);
    }

    static Optional<String> rfcDe(X509Certificate certificado) {
        X500Name nombre = X500Name.getInstance(certificado.getSubjectX500Principal().getEncoded());
        for (RDN rdn : nombre.getRDNs(OID_RFC)) {
            ASN1Encodable valor = rdn.getFirst().getValue();
            String texto = IETFUtils.valueToString(valor).trim();
            // SAT writes "RFC / RFC del representante" for legal persons: the first is the holder's.
            int barra = texto.indexOf('/');
            return Optional.of((barra > 0 ? texto.substring(0, barra) : texto).trim().toUpperCase(java.util.Locale.ROOT));
        }
        return Optional.empty();
    }

    /** The holder's name (CN) as the certificate writes it. */
    public String titular() {
        return nombreComun(certificado.getSubjectX500Principal());
    }

    static String nombreComun(X500Principal principal) {
        X500Name nombre = X500Name.getInstance(principal.getEncoded());
        RDN[] cn = nombre.getRDNs(BCStyle.CN);
        return cn.length == 0 ? principal.getName() : IETFUtils.valueToString(cn[0].getFirst().getValue());
    }

    public String serie() {
        return certificado.getSerialNumber().toString(16).toUpperCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return "CredencialFirma[" + serie() + "]";
    }
}
