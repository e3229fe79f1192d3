package mx.gob.imss.siade.personas;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Clave Única de Registro de Población: 18 characters in RENAPO's structure; the last one is a
 * check digit computed over the first 17 with RENAPO's dictionary and weights 18..2.
 */
public record Curp(String valor) implements Serializable {

    private static final Pattern ESTRUCTURA = Pattern.compile(
            "[A-Z][AEIOUX][A-Z]{2}\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])[HMX]"
            + "(AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE)"
            + "[B-DF-HJ-NP-TV-Z]{3}[A-Z\\d]\\d");
    private static final String DICCIONARIO = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";

    public Curp {
        if (valor == null || !ESTRUCTURA.matcher(valor).matches()) {
            throw new DatoPersonalInvalidoException("error.curp.formato", String.valueOf(valor));
        }
        // Position 17 is a digit for people born before 2000 and a letter from 2000 on (RENAPO).
        if (!FechaEnClave.valida(valor.substring(4, 10), Character.isDigit(valor.charAt(16)) ? 1900 : 2000)) {
            throw new DatoPersonalInvalidoException("error.curp.fecha", valor);
        }
        if (digitoVerificador(valor.substring(0, 17)) != valor.charAt(17)) {
            throw new DatoPersonalInvalidoException("error.curp.digito", valor);
        }
    }

    public static Curp de(String capturada) {
        return new Curp(capturada == null ? null : capturada.trim().toUpperCase(Locale.ROOT));
    }

    static char digitoVerificador(String primeros17) {
        int suma = 0;
        for (int i = 0; i < 17; i++) {
            suma += DICCIONARIO.indexOf(primeros17.charAt(i)) * (18 - i);
        }
        int digito = (10 - suma % 10) % 10;
        return (char) ('0' + digito);
    }

    public String enmascarada() {
        return valor.substring(0, 4) + "**************";
    }

    @Override
    public String toString() {
        return valor;
    }
}
