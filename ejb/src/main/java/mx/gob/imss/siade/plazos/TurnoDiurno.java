package mx.gob.imss.siade.plazos;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The day shift of a business day (settings {@code siade.libreta.inicio-turno-diurno} and
 * {@code siade.libreta.fin-turno-diurno}): outside it the guard shifts write the libreta de enlace (5.38),
 * and what they received is reassigned on the next business day (5.49).
 */
@ApplicationScoped
public class TurnoDiurno {

    @Inject
    @ConfigProperty(name = "siade.libreta.inicio-turno-diurno", defaultValue = "08:00")
    private String inicio;

    @Inject
    @ConfigProperty(name = "siade.libreta.fin-turno-diurno", defaultValue = "20:00")
    private String fin;

    public LocalTime inicio() {
        return LocalTime.parse(inicio);
    }

    public LocalTime fin() {
        return LocalTime.parse(fin);
    }
}
