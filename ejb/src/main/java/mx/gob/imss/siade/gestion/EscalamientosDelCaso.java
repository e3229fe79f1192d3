package mx.gob.imss.siade.gestion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import mx.gob.imss.siade.peticion.Peticion;

/** The escalation levels of one case, read and closed within the caller's transaction. */
@ApplicationScoped
public class EscalamientosDelCaso {

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    public List<Escalamiento> de(Peticion peticion) {
        return em.createNamedQuery("Escalamiento.dePeticion", Escalamiento.class).setParameter("peticion", peticion)
                .getResultList();
    }

    /** The level the case is at, if one is open. */
    public Optional<Escalamiento> abierto(Peticion peticion) {
        return de(peticion).stream().filter(Escalamiento::isAbierto).findFirst();
    }

    /** The área gave its solution: the open level is closed with it and the case leaves the chain. */
    public void resolver(Peticion peticion, Escalamiento abierto, String solucion, OffsetDateTime ahora) {
        abierto.cerrar(Escalamiento.Cierre.RESUELTO, solucion, ahora);
        peticion.cerrarEscalamiento();
    }
}
