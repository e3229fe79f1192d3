package mx.gob.imss.siade.supervision;

import java.io.Serializable;
import java.util.List;

/** A case the bulk reassignment left as it was, and why: a message key of the bundle and its arguments. */
public record ConflictoReasignacion(String folio, String clave, List<String> argumentos) implements Serializable {
}
