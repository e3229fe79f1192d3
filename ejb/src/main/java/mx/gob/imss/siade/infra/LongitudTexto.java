package mx.gob.imss.siade.infra;

/**
 * The length limits of free texts, counted in characters (code points) as the user sees them, checked
 * on the server: a longer text is refused with a Spanish message naming the field, never cut or
 * left to fail in the database (long texts are CLOB, see ddl/V6).
 */
public final class LongitudTexto {

    /** A summary, an answer: a page of text. */
    public static final int LARGO = 4000;
    /** A reason, a note, the data requested. */
    public static final int MEDIANO = 2000;

    private LongitudTexto() {
    }

    /** @param campo the field as the screen labels it, e.g. "Resumen" */
    public static String exigir(String campo, String valor, int maximo) {
        if (valor != null) {
            int caracteres = valor.codePointCount(0, valor.length());
            if (caracteres > maximo) {
                throw new TextoDemasiadoLargoException(campo, maximo, caracteres);
            }
        }
        return valor;
    }

    /** A text longer than its field admits. */
    public static class TextoDemasiadoLargoException extends ReglaNegocioException {

        private static final long serialVersionUID = 1L;

        TextoDemasiadoLargoException(String campo, int maximo, int caracteres) {
            super("error.texto.largo", campo, maximo, caracteres);
        }
    }
}
