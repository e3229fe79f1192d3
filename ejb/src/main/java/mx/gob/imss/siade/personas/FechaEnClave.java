package mx.gob.imss.siade.personas;

import java.time.DateTimeException;
import java.time.LocalDate;

/** The YYMMDD date inside a CURP or an RFC must be a real calendar date (no 31 February). */
final class FechaEnClave {

    private FechaEnClave() {
    }

    /** Whether {@code aammdd} is a date of the century starting at {@code siglo} (1900 or 2000). */
    static boolean valida(String aammdd, int siglo) {
        try {
            LocalDate.of(siglo + Integer.parseInt(aammdd.substring(0, 2)), Integer.parseInt(aammdd.substring(2, 4)),
                    Integer.parseInt(aammdd.substring(4, 6)));
            return true;
        } catch (DateTimeException | NumberFormatException e) {
            return false;
        }
    }
}
