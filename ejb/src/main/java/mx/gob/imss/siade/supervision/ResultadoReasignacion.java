package mx.gob.imss.siade.supervision;

import java.io.Serializable;
import java.util.List;

/** What a bulk reassignment did: the folios reassigned, and the cases left as they were with the reason. */
public record ResultadoReasignacion(List<String> reasignados, List<ConflictoReasignacion> conflictos)
        implements Serializable {
}
