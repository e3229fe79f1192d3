package mx.gob.imss.siade.pruebas;

import java.time.OffsetDateTime;
import java.util.UUID;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.personas.DatosPersonales;
import mx.gob.imss.siade.personas.Nss;
import mx.gob.imss.siade.personas.TipoPersonaUsuaria;
import mx.gob.imss.siade.peticion.MedioCaptacion;
import mx.gob.imss.siade.peticion.NuevaPeticion;
import org.apache.commons.validator.routines.checkdigit.LuhnCheckDigit;

/** Fresh, valid data for one test, so tests never see each other's personas or antecedents. */
public final class DatosDePrueba {

    private DatosDePrueba() {
    }

    /** A valid NSS no other test uses: ten random digits and their Luhn check digit. */
    public static String nssNuevo() {
        String cuerpo = String.format("%010d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 10_000_000_000L));
        try {
            return cuerpo + LuhnCheckDigit.LUHN_CHECK_DIGIT.calculate(cuerpo);
        } catch (org.apache.commons.validator.routines.checkdigit.CheckDigitException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A letter received an hour ago from a new persona (its name carries its NSS), for {@code area}. */
    public static NuevaPeticion nuevaPeticion(String area, String asunto) {
        String nss = nssNuevo();
        return new NuevaPeticion(TipoPersonaUsuaria.DERECHOHABIENTE, "Persona de prueba " + nss,
                new DatosPersonales(Nss.de(nss), null, null, "5512345678", "prueba." + nss + "@example.com",
                        "Calle de Prueba 1, Ciudad de México"),
                MedioCaptacion.CORREO_POSTAL, area, 15L, null,
                asunto == null || asunto.isBlank() ? "Asunto de prueba " + nss : asunto, "Resumen de prueba",
                OffsetDateTime.now(Tiempo.ZONA_MEXICO).minusHours(1));
    }
}
