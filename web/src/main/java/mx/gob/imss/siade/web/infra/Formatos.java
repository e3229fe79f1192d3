package mx.gob.imss.siade.web.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import mx.gob.imss.siade.infra.Textos;
import mx.gob.imss.siade.infra.Tiempo;

/** Dates and instants as people in Mexico City read them; enum values by their Spanish labels. */
@Named
@ApplicationScoped
public class Formatos {

    private static final DateTimeFormatter FECHA_HORA = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Mensajes.ES_MX);

    public String fechaHora(OffsetDateTime instante) {
        return instante == null ? "" : instante.atZoneSameInstant(Tiempo.ZONA_MEXICO).format(FECHA_HORA);
    }

    public String fecha(LocalDate fecha) {
        return Textos.fecha(fecha);
    }

    /** Spanish label of an enum constant, from the domain's text bundle. */
    public String etiqueta(Enum<?> valor) {
        return Textos.etiqueta(valor);
    }

    public String tamano(long bytes) {
        return Textos.tamano(bytes);
    }
}
