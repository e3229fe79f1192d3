package mx.gob.imss.siade.peticion;

import java.io.Serializable;
import org.apache.commons.validator.routines.checkdigit.CheckDigitException;
import org.apache.commons.validator.routines.checkdigit.VerhoeffCheckDigit;

/**
 * The folio of a petición: {@code AAAA-NNNNNNN-D}, the registration year, a consecutive from the
 * database sequence (never reset, so a folio is never reused) and a Verhoeff check digit over the
 * eleven digits, which catches any single mistyped digit and any swap of two neighbours. Only
 * digits, so it reads well on the phone; people may type it without dashes.
 */
public record Folio(String valor) implements Serializable {

    private static final long MAXIMO_CONSECUTIVO = 9_999_999L;

    public Folio {
        if (valor == null || !valor.matches("\\d{4}-\\d{7}-\\d")) {
            throw new FolioInvalidoException(valor);
        }
        if (!VerhoeffCheckDigit.VERHOEFF_CHECK_DIGIT.isValid(valor.replace("-", ""))) {
            throw new FolioInvalidoException(valor);
        }
    }

    public static Folio generar(int anio, long consecutivo) {
        if (anio < 2000 || anio > 9999 || consecutivo < 1 || consecutivo > MAXIMO_CONSECUTIVO) {
            throw new IllegalArgumentException("Año o consecutivo fuera de rango: " + anio + ", " + consecutivo);
        }
        String cuerpo = String.format("%04d%07d", anio, consecutivo);
        try {
            String digito = VerhoeffCheckDigit.VERHOEFF_CHECK_DIGIT.calculate(cuerpo);
            return new Folio(cuerpo.substring(0, 4) + "-" + cuerpo.substring(4) + "-" + digito);
        } catch (CheckDigitException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses what a person typed: spaces and dashes are optional. */
    public static Folio de(String capturado) {
        if (capturado == null) {
            throw new FolioInvalidoException(null);
        }
        String digitos = capturado.replaceAll("[\\s-]", "");
        if (!digitos.matches("\\d{12}")) {
            throw new FolioInvalidoException(capturado);
        }
        return new Folio(digitos.substring(0, 4) + "-" + digitos.substring(4, 11) + "-" + digitos.substring(11));
    }

    @Override
    public String toString() {
        return valor;
    }
}
