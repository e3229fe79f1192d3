package mx.gob.imss.siade.gestion;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * A case as another system sends it (JSON of the intake API). Only {@code nombre}, {@code asunto} and
 * a telephone or an email are required (minimum data, 4.16); NSS and CURP are checked when given.
 */
public record CasoEntrante(String tipoPersona, String nombre, String nss, String curp, String telefono, String correo,
                           String domicilio, String asunto, String resumen, Long ooadId, Long umaeId,
                           OffsetDateTime fechaRecepcion) implements Serializable {
}
