package mx.gob.imss.siade.notificaciones;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import mx.gob.imss.siade.seguridad.Roles;

/** The outbox as staff see it: what was sent, what waits, what failed and why. */
@Stateless
@RolesAllowed({Roles.CORRESPONDENCIA, Roles.CONSULTOR, Roles.SUPERVISOR, Roles.JEFE_AREA, Roles.ADMIN})
public class CorreoService {

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    public List<CorreoSaliente> recientes(int primero, int maximo) {
        List<CorreoSaliente> correos = em.createNamedQuery("CorreoSaliente.findRecientes", CorreoSaliente.class)
                .setFirstResult(primero).setMaxResults(Math.min(maximo, 200)).getResultList();
        correos.forEach(CorreoSaliente::getCuerpo);
        return correos;
    }
}
