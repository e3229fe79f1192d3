package mx.gob.imss.siade.personas;

import java.io.Serializable;
import org.apache.commons.validator.routines.checkdigit.LuhnCheckDigit;

/**
 * Número de Seguridad Social: 11 digits, the last a Luhn check digit over the first ten.
 * Spaces and dashes people type are ignored.
 */
public record Nss(String valor) implements Serializable {

    public Nss {
        if (valor == null || !valor.matches("\\d{11}")) {
            throw new DatoPersonalInvalidoException("error.nss.formato", String.valueOf(valor));
        }
        if (!LuhnCheckDigit.LUHN_CHECK_DIGIT.isValid(valor)) {
            throw new DatoPersonalInvalidoException("error.nss.digito", valor);
        }
    }

    public static Nss de(String capturado) {
        return new Nss(capturado == null ? null : capturado.replaceAll("[\\s-]", ""));
    }

    /** The last four digits only, for screens that must not show the whole number. */
    public String enmascarado() {
        return "*******" + valor.substring(7);
    }

    @Override
    public String toString() {
        return valor;
    }
}
