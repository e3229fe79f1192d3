package mx.gob.imss.siade.auditoria;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.stream.Collectors;
import mx.gob.imss.siade.seguridad.Actor;

/**
 * Writes the audit log, each row in its own short transaction (a read is recorded even if the download
 * then fails, and the chain's head is locked only for that moment), chained to the row before.
 */
@Stateless
@PermitAll
public class Auditoria {

    static final String CADENA = "AUDITORIA";

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Inject
    private Clock reloj;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void registrar(Actor actor, AccionAuditada accion, String folio, Long documentoId, String detalle) {
        CadenaHash cabeza = em.find(CadenaHash.class, CADENA, LockModeType.PESSIMISTIC_WRITE);
        String texto = detalle == null ? null : detalle.length() > 1000 ? detalle.substring(0, 1000) : detalle;
        RegistroAuditoria r = new RegistroAuditoria(OffsetDateTime.now(reloj), actor.nombreUsuario(),
                actor.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")), accion, folio,
                documentoId, texto, cabeza.getUltimoHash());
        em.persist(r);
        cabeza.avanzar(r.getHash());
    }
}
