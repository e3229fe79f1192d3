package mx.gob.imss.siade.plazos;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import mx.gob.imss.siade.peticion.TipoPeticion;
import mx.gob.imss.siade.seguridad.Roles;

/** Deadlines computed against the holiday calendar kept in the database. */
@Stateless
@RolesAllowed({Roles.CONSULTOR, Roles.SUPERVISOR, Roles.JEFE_AREA, Roles.TITULAR_DAC, Roles.TITULAR_CAO,
        Roles.CORRESPONDENCIA, Roles.JURIDICO, Roles.ADMIN})
public class PlazoService {

    @Inject
    private CalendarioRepository calendario;

    public CalendarioHabil calendario(LocalDate alrededorDe) {
        return calendario.calendario(alrededorDe);
    }

    public LocalDate fechaLimite(TipoPeticion tipo, LocalDate desde) {
        return calendario.fechaLimite(tipo, desde);
    }
}
