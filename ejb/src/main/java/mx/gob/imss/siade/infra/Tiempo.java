package mx.gob.imss.siade.infra;

import java.time.ZoneId;

/** Instants are stored as such; dates and deadlines are read in the institute's time zone. */
public final class Tiempo {

    public static final ZoneId ZONA_MEXICO = ZoneId.of("America/Mexico_City");

    private Tiempo() {
    }
}
