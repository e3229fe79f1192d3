package mx.gob.imss.siade.personas;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Registro Federal de Contribuyentes: 13 characters for a persona física, 12 for a persona moral;
 * the last one is the SAT check digit (module 11 over the first characters, padded to 12).
 */
public record Rfc(String valor) implements Serializable {

    private static final Pattern ESTRUCTURA = Pattern.compile(
            "[A-ZÑ&]{3,4}\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])[A-Z\\d]{2}[A\\d]");
    private static final String DICCIONARIO = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ";

    public Rfc {
        if (valor == null || !ESTRUCTURA.matcher(valor).matches()) {
            throw new DatoPersonalInvalidoException("error.rfc.formato", String.valueOf(valor));
        }
        // The century is not in an RFC; 19YY and 20YY are leap years alike except 1900, so 2000 decides.
        if (!FechaEnClave.valida(valor.substring(valor.length() - 9, valor.length() - 3), 2000)) {
            throw new DatoPersonalInvalidoException("error.rfc.fecha", valor);
        }
        if (digitoVerificador(valor.substring(0, valor.length() - 1)) != valor.charAt(valor.length() - 1)) {
            throw new DatoPersonalInvalidoException("error.rfc.digito", valor);
        }
    }

    public static Rfc de(String capturado) {
        return new Rfc(capturado == null ? null : capturado.trim().toUpperCase(Locale.ROOT));
    }

    public boolean esPersonaMoral() {
        return valor.length() == 12;
    }

    static char digitoVerificador(String sinDigito) {
        String relleno = " ".repeat(12 - sinDigito.length()) + sinDigito;
        int suma = 0;
        for (int i = 0; i < 12; i++) {
            suma += DICCIONARIO.indexOf(relleno.charAt(i)) * (13 - i);
        }
        int residuo = suma % 11;
        if (residuo == 0) {
            return '0';
        }
        int digito = 11 - residuo;
        return digito == 10 ? 'A' : (char) ('0' + digito);
    }

    @Override
    public String toString() {
        return valor;
    }
}
