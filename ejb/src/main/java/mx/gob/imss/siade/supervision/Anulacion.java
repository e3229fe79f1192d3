package mx.gob.imss.siade.supervision;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** One row of the report of anulaciones: the folio, its área, what it was, who annulled it, when and why. */
public record Anulacion(String folio, String area, OffsetDateTime recibida, String asunto, OffsetDateTime anuladaEn,
                        String anuladaPor, String nombreAnulo, String motivo) implements Serializable {
}
