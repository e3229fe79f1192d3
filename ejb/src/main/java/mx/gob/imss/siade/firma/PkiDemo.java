package mx.gob.imss.siade.firma;

import eu.europa.esig.dss.spi.x509.tsp.KeyEntityTSPSource;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The demo PKI of the embedded default, created once (only with demo data) in the data folder: a
 * demo CA and its CRL, a time-stamp key, and e.firma-style {@code .cer} + encrypted {@code .key}
 * (password {@value #CONTRASENA}) for the demo signers, plus one revoked and one expired
 * certificate for trying the refusals. Production never has it: it names its CAs in the settings.
 */
@ApplicationScoped
public class PkiDemo {

    /** Password of every demo {@code .key}. Demo only. */
    public static final String CONTRASENA = "Demo.2026";

    /** A person the demo PKI issues an e.firma to. */
    public record Persona(String usuario, String nombre, String rfc, String curp) {
    }

    private static final Logger LOG = Logger.getLogger(PkiDemo.class.getName());
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private static final char[] CLAVE_INTERNA = "siade-pki-demo".toCharArray();
    private static final String AC = "ac-demo";
    private static final String TSA = "tsa-demo";

    private volatile Optional<TSPSource> selladora;

    /** Where the files are: {@code siade.pki.dir}, else beside the server instance. */
    public Path carpeta() {
        String configurada = System.getProperty("siade.pki.dir");
        if (configurada != null && !configurada.isBlank()) {
            return Path.of(configurada);
        }
        String instancia = System.getProperty("com.sun.aas.instanceRoot");
        return Path.of(instancia != null ? instancia : System.getProperty("java.io.tmpdir"), "pki-demo");
    }

    public boolean disponible() {
        return Files.isRegularFile(carpeta().resolve(AC + ".cer"));
    }

    /** Creates the demo PKI unless it exists; refreshes its CRL at every start. */
    public void asegurar(List<Persona> personas, Persona revocada, Persona vencida) {
        Path carpeta = carpeta();
        try {
            Files.createDirectories(carpeta);
            try (FileChannel canal = FileChannel.open(carpeta.resolve(".candado"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock candado = canal.lock()) {
                if (!disponible()) {
                    crear(carpeta, personas, revocada, vencida);
                    LOG.info(() -> "PKI de demostración creada en " + carpeta);
                }
                renovarCrl(carpeta);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo crear la PKI de demostración en " + carpeta, e);
        } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException("No se pudo crear la PKI de demostración", e);
        }
        selladora = null;
    }

    public X509Certificate autoridad() {
        return ConfianzaFirma.leerCertificado(leer(AC + ".cer"));
    }

    public X509CRL crl() {
        return ConfianzaFirma.leerCrl(leer(AC + ".crl"));
    }

    /** The demo time-stamp source (a key under the demo CA), when the demo PKI exists. */
    public Optional<TSPSource> selladora() {
        Optional<TSPSource> s = selladora;
        if (s == null) {
            s = Optional.empty();
            if (disponible() && Files.isRegularFile(carpeta().resolve(TSA + ".p12"))) {
                KeyEntityTSPSource fuente = new KeyEntityTSPSource(leer(TSA + ".p12"), "PKCS12", CLAVE_INTERNA, TSA,
                        CLAVE_INTERNA);
                fuente.setTsaPolicy("1.2.3.4.5.6.7.8");
                s = Optional.of(fuente);
            }
            selladora = s;
        }
        return s;
    }

    /** A file of the demo PKI (e.g. {@code titular.dac.cer}). */
    public byte[] leer(String nombre) {
        try {
            return Files.readAllBytes(carpeta().resolve(nombre));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void crear(Path carpeta, List<Persona> personas, Persona revocada, Persona vencida)
            throws IOException, GeneralSecurityException, org.bouncycastle.operator.OperatorCreationException {
        Instant ahora = Instant.now();
        KeyPair ac = par();
        X500Name nombreAc = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "MX")
                .addRDN(BCStyle.O, "Instituto Mexicano del Seguro Social (demostración)")
                .addRDN(BCStyle.CN, "AC de demostración SIADE").build();
        JcaX509ExtensionUtils utiles = new JcaX509ExtensionUtils();
        JcaX509v3CertificateBuilder constructorAc = new JcaX509v3CertificateBuilder(nombreAc, serie(),
                Date.from(ahora.minus(Duration.ofDays(1))), Date.from(ahora.plus(Duration.ofDays(3650))), nombreAc, ac.getPublic());
        constructorAc.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        constructorAc.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        constructorAc.addExtension(Extension.subjectKeyIdentifier, false, utiles.createSubjectKeyIdentifier(ac.getPublic()));
        X509Certificate certAc = certificado(constructorAc.build(firmante(ac.getPrivate())));
        escribir(carpeta.resolve(AC + ".key"), llaveCifrada(ac.getPrivate(), CLAVE_INTERNA));

        // Time-stamp unit: timeStamping extended key usage, critical (RFC 3161).
        KeyPair tsa = par();
        X500Name nombreTsa = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "MX")
                .addRDN(BCStyle.O, "Instituto Mexicano del Seguro Social (demostración)")
                .addRDN(BCStyle.CN, "Sello de tiempo de demostración SIADE").build();
        JcaX509v3CertificateBuilder constructorTsa = new JcaX509v3CertificateBuilder(certAc, serie(),
                Date.from(ahora.minus(Duration.ofDays(1))), Date.from(ahora.plus(Duration.ofDays(3000))), nombreTsa, tsa.getPublic());
        constructorTsa.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        constructorTsa.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        constructorTsa.addExtension(Extension.authorityKeyIdentifier, false, utiles.createAuthorityKeyIdentifier(certAc));
        X509Certificate certTsa = certificado(constructorTsa.build(firmante(ac.getPrivate())));
        java.security.KeyStore almacen = java.security.KeyStore.getInstance("PKCS12");
        almacen.load(null, null);
        almacen.setKeyEntry(TSA, tsa.getPrivate(), CLAVE_INTERNA, new java.security.cert.Certificate[] {certTsa, certAc});
        java.io.ByteArrayOutputStream p12 = new java.io.ByteArrayOutputStream();
        almacen.store(p12, CLAVE_INTERNA);
        escribir(carpeta.resolve(TSA + ".p12"), p12.toByteArray());

        for (Persona p : personas) {
            efirma(carpeta, p.usuario(), p, certAc, ac.getPrivate(), ahora.minus(Duration.ofDays(1)),
                    ahora.plus(Duration.ofDays(4 * 365)));
        }
        efirma(carpeta, "revocado", revocada, certAc, ac.getPrivate(), ahora.minus(Duration.ofDays(1)),
                ahora.plus(Duration.ofDays(4 * 365)));
        efirma(carpeta, "vencido", vencida, certAc, ac.getPrivate(), ahora.minus(Duration.ofDays(800)),
                ahora.minus(Duration.ofDays(30)));
        // Last: its presence says the whole PKI is there (an interrupted creation starts over).
        escribir(carpeta.resolve(AC + ".cer"), certAc.getEncoded());
        escribir(carpeta.resolve("LEEME.txt"), ("""
                PKI de demostración de SIADE (sólo con datos de demostración; nunca en producción).
                ac-demo.cer / ac-demo.crl: autoridad certificadora de demostración y su lista de revocación.
                <usuario>.cer + <usuario>.key: e.firma de demostración (llave PKCS#8 cifrada, contraseña %s).
                revocado.*: certificado revocado; vencido.*: certificado vencido (para probar los rechazos).
                """.formatted(CONTRASENA)).getBytes(StandardCharsets.UTF_8));
    }

    private void efirma(Path carpeta, String archivo, Persona p, X509Certificate certAc, PrivateKey llaveAc, Instant desde,
                        Instant hasta) throws IOException, GeneralSecurityException, org.bouncycastle.operator.OperatorCreationException {
        KeyPair par = par();
        // As SAT writes it: the holder's name, RFC in x500UniqueIdentifier, CURP in serialNumber.
        X500Name sujeto = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, p.nombre()).addRDN(BCStyle.NAME, p.nombre())
                .addRDN(BCStyle.O, p.nombre()).addRDN(BCStyle.C, "MX").addRDN(BCStyle.UNIQUE_IDENTIFIER, p.rfc())
                .addRDN(BCStyle.SERIALNUMBER, p.curp()).build();
        JcaX509v3CertificateBuilder constructor = new JcaX509v3CertificateBuilder(certAc, serie(), Date.from(desde),
                Date.from(hasta), sujeto, par.getPublic());
        constructor.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        constructor.addExtension(Extension.authorityKeyIdentifier, false, new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(certAc));
        X509Certificate cert = certificado(constructor.build(firmante(llaveAc)));
        escribir(carpeta.resolve(archivo + ".cer"), cert.getEncoded());
        escribir(carpeta.resolve(archivo + ".key"), llaveCifrada(par.getPrivate(), CONTRASENA.toCharArray()));
    }

    /** A CRL valid for 30 days listing the revoked demo certificate; issued again at every start. */
    private void renovarCrl(Path carpeta) throws IOException, GeneralSecurityException,
            org.bouncycastle.operator.OperatorCreationException {
        X509Certificate certAc = ConfianzaFirma.leerCertificado(Files.readAllBytes(carpeta.resolve(AC + ".cer")));
        PrivateKey llaveAc = leerLlave(Files.readAllBytes(carpeta.resolve(AC + ".key")), CLAVE_INTERNA);
        Instant ahora = Instant.now();
        X509v2CRLBuilder constructor = new X509v2CRLBuilder(new X509CertificateHolder(certAc.getEncoded()).getSubject(),
                Date.from(ahora.minus(Duration.ofMinutes(5))));
        constructor.setNextUpdate(Date.from(ahora.plus(Duration.ofDays(30))));
        Path revocado = carpeta.resolve("revocado.cer");
        if (Files.isRegularFile(revocado)) {
            X509Certificate r = ConfianzaFirma.leerCertificado(Files.readAllBytes(revocado));
            constructor.addCRLEntry(r.getSerialNumber(), Date.from(r.getNotBefore().toInstant().plus(Duration.ofHours(1))),
                    CRLReason.keyCompromise);
        }
        constructor.addExtension(Extension.cRLNumber, false, new org.bouncycastle.asn1.x509.CRLNumber(
                BigInteger.valueOf(ahora.getEpochSecond())));
        constructor.addExtension(Extension.authorityKeyIdentifier, false,
                new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(certAc));
        X509CRLHolder holder = constructor.build(firmante(llaveAc));
        X509CRL crl = new JcaX509CRLConverter().setProvider(BC).getCRL(holder);
        escribir(carpeta.resolve(AC + ".crl"), crl.getEncoded());
    }

    private static KeyPair par() throws GeneralSecurityException {
        KeyPairGenerator generador = KeyPairGenerator.getInstance("RSA");
        generador.initialize(2048, new SecureRandom());
        return generador.generateKeyPair();
    }

    private static BigInteger serie() {
        return new BigInteger(96, new SecureRandom()).abs().add(BigInteger.ONE);
    }

    private static ContentSigner firmante(PrivateKey llave) throws org.bouncycastle.operator.OperatorCreationException {
        return new JcaContentSignerBuilder("SHA256withRSA").setProvider(BC).build(llave);
    }

    private static X509Certificate certificado(org.bouncycastle.cert.X509CertificateHolder holder) throws GeneralSecurityException {
        return new JcaX509CertificateConverter().setProvider(BC).getCertificate(holder);
    }

    /** Encrypted PKCS#8 (PBES2 / PBKDF2 / des-ede3-cbc), DER, as SAT's .key files. */
    static byte[] llaveCifrada(PrivateKey llave, char[] contrasena) throws IOException,
            org.bouncycastle.operator.OperatorCreationException {
        var cifrador = new JceOpenSSLPKCS8EncryptorBuilder(org.bouncycastle.openssl.PKCS8Generator.DES3_CBC)
                .setProvider(BC).setRandom(new SecureRandom()).setPassword(contrasena).build();
        return new JcaPKCS8Generator(llave, cifrador).generate().getContent();
    }

    private static PrivateKey leerLlave(byte[] bytes, char[] contrasena) {
        try {
            var info = new org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo(bytes).decryptPrivateKeyInfo(
                    new org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(BC).build(contrasena));
            return new org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter().setProvider(BC).getPrivateKey(info);
        } catch (Exception e) {
            throw new IllegalStateException("Llave de la AC de demostración ilegible", e);
        }
    }

    private static void escribir(Path archivo, byte[] bytes) throws IOException {
        Path temporal = archivo.resolveSibling(archivo.getFileName() + ".tmp");
        Files.write(temporal, bytes);
        try {
            Files.setPosixFilePermissions(temporal, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
        Files.move(temporal, archivo, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
