package mx.gob.imss.siade.peticion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import mx.gob.imss.siade.personas.PersonaUsuaria;

@ApplicationScoped
public class PeticionRepository {

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    public Optional<Peticion> porFolio(Folio folio) {
        return em.createNamedQuery("Peticion.findByFolio", Peticion.class)
                .setParameter("folio", folio.valor())
                .getResultStream()
                .findFirst();
    }

    /**
     * The petición to change, checked to be the version the user saw: a change made meanwhile by
     * someone else is refused instead of silently overwritten.
     */
    public Peticion paraCambiar(String folio, long versionVista) {
        Peticion peticion = porFolio(Folio.de(folio)).orElseThrow(() -> new PeticionNoEncontradaException(folio));
        if (peticion.getVersion() != versionVista) {
            throw new PeticionModificadaException(peticion.getFolio());
        }
        return peticion;
    }

    public List<Peticion> dePersona(PersonaUsuaria persona) {
        return em.createNamedQuery("Peticion.findByPersona", Peticion.class)
                .setParameter("persona", persona)
                .getResultList();
    }

    /** Next consecutive for a folio; from a database sequence, so it is unique across nodes and restarts. */
    public long siguienteConsecutivoFolio() {
        Number siguiente = (Number) em.createNativeQuery("SELECT FOLIO_SEQ.NEXTVAL FROM DUAL").getSingleResult();
        return siguiente.longValue();
    }

    public Peticion guardar(Peticion peticion) {
        em.persist(peticion);
        return peticion;
    }

    /** Writes pending changes now, so a stale version fails inside the use case that caused it. */
    public void sincronizar() {
        em.flush();
    }
}
