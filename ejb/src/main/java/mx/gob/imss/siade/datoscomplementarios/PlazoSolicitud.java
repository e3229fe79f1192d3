package mx.gob.imss.siade.datoscomplementarios;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.plazos.CalendarioHabil;

/**
 * Deadline for the persona usuaria's answer: in Correspondencia, 3 días naturales from the
 * reception of the letter (act. 111 note), but never fewer than 3 from the request itself, so a
 * letter registered late still gets its three days; elsewhere (Gestión, act. 26-28) 3 días hábiles
 * from the request. The deadline is the end of that day in Mexico City.
 */
public final class PlazoSolicitud {

    static final int DIAS = 3;

    private PlazoSolicitud() {
    }

    public static OffsetDateTime de(String claveArea, OffsetDateTime recepcion, OffsetDateTime solicitud,
                                    CalendarioHabil calendario) {
        LocalDate diaSolicitud = solicitud.atZoneSameInstant(Tiempo.ZONA_MEXICO).toLocalDate();
        LocalDate dia;
        if ("CORRESPONDENCIA".equals(claveArea)) {
            LocalDate diaRecepcion = recepcion.atZoneSameInstant(Tiempo.ZONA_MEXICO).toLocalDate();
            LocalDate desde = diaRecepcion.isAfter(diaSolicitud) ? diaRecepcion : diaSolicitud;
            LocalDate porRecepcion = calendario.sumarDiasNaturales(diaRecepcion, DIAS);
            LocalDate porSolicitud = calendario.sumarDiasNaturales(desde, DIAS);
            dia = porRecepcion.isAfter(porSolicitud) ? porRecepcion : porSolicitud;
        } else {
            dia = calendario.sumarDiasHabiles(diaSolicitud, DIAS);
        }
        ZonedDateTime finDelDia = dia.plusDays(1).atStartOfDay(Tiempo.ZONA_MEXICO).minusSeconds(1);
        return finDelDia.toOffsetDateTime();
    }
}
