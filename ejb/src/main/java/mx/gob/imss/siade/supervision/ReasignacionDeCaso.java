package mx.gob.imss.siade.supervision;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.peticion.PeticionRepository;
import mx.gob.imss.siade.peticion.Reasignacion;
import mx.gob.imss.siade.seguridad.Actor;
import mx.gob.imss.siade.seguridad.Roles;

/** One case of a bulk reassignment, in its own transaction: a refused case leaves the others done. */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.JEFE_AREA})
public class ReasignacionDeCaso {

    @Resource
    private SessionContext contexto;

    @Inject
    private PeticionRepository peticiones;

    @Inject
    private Reasignacion reasignacion;

    @Inject
    private Clock reloj;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void reasignar(CasoVisto caso, Long areaDestinoId, String consultor, String motivo) {
        Peticion peticion = peticiones.paraCambiar(caso.folio(), caso.version());
        reasignacion.aplicar(Actor.de(contexto), peticion, areaDestinoId, consultor, motivo, OffsetDateTime.now(reloj));
        peticiones.sincronizar();
    }
}
