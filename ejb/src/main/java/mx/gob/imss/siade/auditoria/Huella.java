package mx.gob.imss.siade.auditoria;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;

/**
 * The link of a hash chain: SHA-256 over the previous link and the row's fields, each length-prefixed (so
 * no two different rows give the same text), dates as epoch milliseconds (the database keeps at least
 * that precision).
 */
public final class Huella {

    public static final String INICIAL = "0".repeat(64);

    private Huella() {
    }

    public static String de(String anterior, Object... campos) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            StringBuilder texto = new StringBuilder(anterior);
            for (Object c : campos) {
                String v = c == null ? "\u0000" : c instanceof OffsetDateTime f ? String.valueOf(f.toInstant().toEpochMilli())
                        : c instanceof Enum<?> e ? e.name() : String.valueOf(c);
                texto.append('|').append(v.length()).append(':').append(v);
            }
            return HexFormat.of().formatHex(sha.digest(texto.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
