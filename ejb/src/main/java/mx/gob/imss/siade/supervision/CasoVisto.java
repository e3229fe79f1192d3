package mx.gob.imss.siade.supervision;

import java.io.Serializable;

/** A case as the supervisor saw it when choosing it: a change made meanwhile by someone else is refused. */
public record CasoVisto(String folio, long version) implements Serializable {
}
