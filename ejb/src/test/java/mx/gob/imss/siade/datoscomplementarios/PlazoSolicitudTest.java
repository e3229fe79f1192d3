package mx.gob.imss.siade.datoscomplementarios;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.plazos.CalendarioHabil;
import org.junit.jupiter.api.Test;

class PlazoSolicitudTest {

    private static final CalendarioHabil CALENDARIO = new CalendarioHabil(List.of(LocalDate.of(2026, 3, 16)));

    private static LocalDate dia(OffsetDateTime limite) {
        return limite.atZoneSameInstant(Tiempo.ZONA_MEXICO).toLocalDate();
    }

    @Test
    void enCorrespondenciaSonTresDiasNaturalesDesdeLaRecepcionHastaElFinDelDia() {
        OffsetDateTime recepcion = OffsetDateTime.of(2026, 3, 12, 10, 0, 0, 0, ZoneOffset.ofHours(-6));
        OffsetDateTime limite = PlazoSolicitud.de("CORRESPONDENCIA", recepcion, recepcion.plusHours(2), CALENDARIO);
        assertEquals(LocalDate.of(2026, 3, 15), dia(limite), "incluye sábado y domingo");
        assertEquals(23, limite.atZoneSameInstant(Tiempo.ZONA_MEXICO).getHour());
    }

    @Test
    void unEscritoRegistradoTardeConservaSusTresDias() {
        OffsetDateTime recepcion = OffsetDateTime.of(2026, 3, 2, 10, 0, 0, 0, ZoneOffset.ofHours(-6));
        OffsetDateTime solicitud = OffsetDateTime.of(2026, 3, 10, 10, 0, 0, 0, ZoneOffset.ofHours(-6));
        assertEquals(LocalDate.of(2026, 3, 13), dia(PlazoSolicitud.de("CORRESPONDENCIA", recepcion, solicitud, CALENDARIO)));
    }

    @Test
    void enGestionSonTresDiasHabilesDesdeLaSolicitud() {
        OffsetDateTime solicitud = OffsetDateTime.of(2026, 3, 12, 10, 0, 0, 0, ZoneOffset.ofHours(-6));
        // Thu 12 → Fri 13, (weekend), (Mon 16 holiday), Tue 17, Wed 18.
        assertEquals(LocalDate.of(2026, 3, 18), dia(PlazoSolicitud.de("GESTION", solicitud, solicitud, CALENDARIO)));
    }
}
