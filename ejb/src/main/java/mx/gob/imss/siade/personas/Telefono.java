package mx.gob.imss.siade.personas;

/** A telephone number as people write it: 7 to 20 digits, spaces, {@code +}, parentheses or hyphens. */
public final class Telefono {

    private Telefono() {
    }

    public static boolean valido(String numero) {
        return numero != null && numero.matches("[0-9 +()-]{7,20}");
    }
}
