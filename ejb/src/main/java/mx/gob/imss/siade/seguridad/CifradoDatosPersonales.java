package mx.gob.imss.siade.seguridad;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mx.gob.imss.siade.infra.Secretos;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jasypt.encryption.pbe.StandardPBEStringEncryptor;
import org.jasypt.iv.RandomIvGenerator;
import org.jasypt.salt.StringFixedSaltGenerator;

/**
 * Encrypts personal data at rest (NSS, CURP, RFC, phone, email, postal address) and computes the
 * keyed hash that lets exact searches (by NSS, by CURP) work without decrypting every row.
 *
 * <p>Encryption is AES-256 through jasypt with a random IV per value, so equal values give
 * different ciphertexts. The salt of the key derivation is fixed on purpose: jasypt then derives
 * the AES key once instead of once per value (the IV, not the salt, makes each ciphertext
 * unique), which keeps bulk reads and writes fast.
 */
@ApplicationScoped
public class CifradoDatosPersonales {

    private static final String SAL = "SIADE-datos-personales-v1";

    @Inject
    @ConfigProperty(name = "siade.master.key")
    private String claveMaestra;

    @Inject
    @ConfigProperty(name = "siade.datos-personales.clave")
    private String claveDatosConfigurada;

    private StandardPBEStringEncryptor cifrador;
    private SecretKeySpec claveHuella;

    public CifradoDatosPersonales() {
    }

    /** For unit tests and tools outside the container. */
    public CifradoDatosPersonales(String claveDatos) {
        inicializar(claveDatos);
    }

    @PostConstruct
    void inicializar() {
        inicializar(new Secretos(claveMaestra).valor(claveDatosConfigurada));
    }

    private void inicializar(String claveDatos) {
        if (claveDatos == null || claveDatos.length() < 16) {
            throw new IllegalStateException("La clave de datos personales debe tener al menos 16 caracteres");
        }
        StandardPBEStringEncryptor nuevo = new StandardPBEStringEncryptor();
        nuevo.setAlgorithm(Secretos.ALGORITMO);
        nuevo.setIvGenerator(new RandomIvGenerator());
        nuevo.setSaltGenerator(new StringFixedSaltGenerator(SAL));
        nuevo.setPassword(claveDatos);
        nuevo.initialize();
        cifrador = nuevo;
        claveHuella = new SecretKeySpec(("huella|" + claveDatos).getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String cifrar(String valor) {
        return valor == null ? null : cifrador.encrypt(valor);
    }

    public String descifrar(String cifrado) {
        return cifrado == null ? null : cifrador.decrypt(cifrado);
    }

    /**
     * Keyed hash (HMAC-SHA256, hex) of a normalised value; the field name is part of the input so
     * the same text as NSS and as CURP gives different hashes.
     */
    public String huella(String campo, String valorNormalizado) {
        if (valorNormalizado == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(claveHuella);
            byte[] resultado = mac.doFinal((campo + ":" + valorNormalizado).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(resultado);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 no disponible", e);
        }
    }
}
