package mx.gob.imss.siade.infra;

import org.jasypt.encryption.pbe.StandardPBEStringEncryptor;
import org.jasypt.iv.RandomIvGenerator;
import org.jasypt.properties.PropertyValueEncryptionUtils;

/**
 * Configuration secrets are written as jasypt {@code ENC(...)} values and decrypted here with the
 * master key, which comes from the environment ({@code SIADE_MASTER_KEY}), never from a file.
 * {@code config/cifrar.sh} produces such values with the same algorithm.
 */
public final class Secretos {

    public static final String ALGORITMO = "PBEWITHHMACSHA512ANDAES_256";

    private final StandardPBEStringEncryptor descifrador;

    public Secretos(String claveMaestra) {
        if (claveMaestra == null || claveMaestra.isBlank()) {
            throw new IllegalStateException("Falta la clave maestra (variable de entorno SIADE_MASTER_KEY)");
        }
        descifrador = new StandardPBEStringEncryptor();
        descifrador.setAlgorithm(ALGORITMO);
        descifrador.setIvGenerator(new RandomIvGenerator());
        descifrador.setPassword(claveMaestra);
    }

    /** Returns the plain value: decrypted when written as {@code ENC(...)}, as is otherwise. */
    public String valor(String configurado) {
        if (configurado != null && PropertyValueEncryptionUtils.isEncryptedValue(configurado)) {
            return PropertyValueEncryptionUtils.decrypt(configurado, descifrador);
        }
        return configurado;
    }

    public String cifrar(String valor) {
        return "ENC(" + descifrador.encrypt(valor) + ")";
    }
}
