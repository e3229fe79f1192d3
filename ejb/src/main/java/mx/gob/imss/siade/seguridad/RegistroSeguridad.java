package mx.gob.imss.siade.seguridad;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Writes the security log in its own transaction, so a refusal that rolls back the use case still leaves its trace. */
@Stateless
@PermitAll
public class RegistroSeguridad {

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void registrar(EventoSeguridad evento) {
        em.persist(evento);
    }
}
