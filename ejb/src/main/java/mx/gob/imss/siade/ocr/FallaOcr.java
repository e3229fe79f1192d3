package mx.gob.imss.siade.ocr;

/**
 * A page (or a whole document) that could not be recognised, with a reason in Spanish for the
 * Expediente. {@code definitiva}: trying again cannot help (the page is malformed or too large).
 */
public class FallaOcr extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean definitiva;

    public FallaOcr(String motivo, boolean definitiva) {
        super(motivo);
        this.definitiva = definitiva;
    }

    public FallaOcr(String motivo, boolean definitiva, Throwable causa) {
        super(motivo, causa);
        this.definitiva = definitiva;
    }

    public boolean definitiva() {
        return definitiva;
    }
}
