package mx.gob.imss.siade.infra;

/** One CSV field for the exports: RFC 4180 quoting, and a leading = + - @ neutralised so no spreadsheet runs it. */
public final class Csv {

    private Csv() {
    }

    public static String campo(String valor) {
        String v = valor == null ? "" : valor;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
