package mx.gob.imss.siade.correspondencia;

import java.io.Serializable;
import java.time.OffsetDateTime;
import mx.gob.imss.siade.peticion.EstadoPeticion;
import mx.gob.imss.siade.peticion.TipoPeticion;

/**
 * An earlier petición of the same persona usuaria, found by NSS or by name before a new folio is
 * given. Of a case the user may not read (another área) only folio, tipo, estado and dates are
 * shown: {@code asunto} and {@code nombre} are null and {@code restringido} is true.
 */
public record Antecedente(String folio, EstadoPeticion estado, TipoPeticion tipo, String asunto,
                          OffsetDateTime fechaRecepcion, OffsetDateTime fechaConclusion, String nombre,
                          boolean restringido) implements Serializable {

    public boolean pendiente() {
        return estado.esPendiente();
    }
}
