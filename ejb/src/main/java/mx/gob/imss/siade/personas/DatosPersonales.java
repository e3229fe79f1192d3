package mx.gob.imss.siade.personas;

import java.io.Serializable;

/**
 * The personal data of a persona usuaria in clear, as captured or as decrypted for a role that may
 * see it. Any of them may be missing; NSS, CURP and RFC, when present, have been validated.
 */
public record DatosPersonales(Nss nss, Curp curp, Rfc rfc, String telefono, String correo, String domicilio)
        implements Serializable {

    public DatosPersonales {
        telefono = vacioANulo(telefono);
        correo = vacioANulo(correo);
        domicilio = vacioANulo(domicilio);
        if (telefono != null && !telefono.replaceAll("[\\s()+-]", "").matches("\\d{10,13}")) {
            throw new DatoPersonalInvalidoException("error.telefono.formato", telefono);
        }
        if (correo != null && !correo.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new DatoPersonalInvalidoException("error.correo.formato", correo);
        }
    }

    public static DatosPersonales vacios() {
        return new DatosPersonales(null, null, null, null, null, null);
    }

    /** Minimum contact data of 4.16: an email or a phone. */
    public boolean tieneContacto() {
        return telefono != null || correo != null;
    }

    private static String vacioANulo(String texto) {
        return texto == null || texto.isBlank() ? null : texto.trim();
    }
}
