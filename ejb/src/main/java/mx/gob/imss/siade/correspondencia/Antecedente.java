package mx.gob.imss.siade.correspondencia;

import java.io.Serializable;
import java.time.OffsetDateTime;
import mx.gob.imss.siade.peticion.EstadoPeticion;

/** An earlier petición of the same persona usuaria, found by NSS or by name before a new folio is given. */
public record Antecedente(String folio, EstadoPeticion estado, String asunto, OffsetDateTime fechaRecepcion,
                          String nombre) implements Serializable {

    public boolean pendiente() {
        return estado.esPendiente();
    }
}
