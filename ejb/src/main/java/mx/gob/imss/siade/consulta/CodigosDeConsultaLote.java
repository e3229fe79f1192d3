package mx.gob.imss.siade.consulta;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import mx.gob.imss.siade.peticion.CodigoConsulta;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.seguridad.CifradoDatosPersonales;

/** One batch of {@link CodigosDeConsulta}, in its own transaction. */
@Stateless
@PermitAll
public class CodigosDeConsultaLote {

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Inject
    private CifradoDatosPersonales cifrado;

    /** @return how many petitions got their code (0: none left) */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int completar(int maximo) {
        List<Peticion> sinCodigo = em.createQuery("SELECT p FROM Peticion p WHERE p.codigoConsulta IS NULL", Peticion.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(maximo).getResultList();
        sinCodigo.forEach(p -> p.asignarCodigoConsulta(CodigoConsulta.nuevo(), cifrado));
        return sinCodigo.size();
    }
}
