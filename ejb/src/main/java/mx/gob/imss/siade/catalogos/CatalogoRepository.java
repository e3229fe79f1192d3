package mx.gob.imss.siade.catalogos;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Reads of the catalogues; each is small and ordered by name for the screens. */
@ApplicationScoped
public class CatalogoRepository {

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    public List<AreaDac> areasDac() {
        return em.createQuery("SELECT a FROM AreaDac a WHERE a.activo = true ORDER BY a.id", AreaDac.class).getResultList();
    }

    public List<Ooad> ooads() {
        return em.createQuery("SELECT o FROM Ooad o WHERE o.activo = true ORDER BY o.clave", Ooad.class).getResultList();
    }

    public List<Umae> umaes() {
        return em.createQuery("SELECT u FROM Umae u WHERE u.activo = true ORDER BY u.nombre", Umae.class).getResultList();
    }

    public List<OrganoNormativo> organosNormativos() {
        return em.createQuery("SELECT o FROM OrganoNormativo o WHERE o.activo = true ORDER BY o.nombre",
                OrganoNormativo.class).getResultList();
    }

    public List<Instancia> instancias() {
        return em.createNamedQuery("Instancia.findActivas", Instancia.class).getResultList();
    }

    public List<TipoDocumento> tiposDocumento() {
        return em.createQuery("SELECT t FROM TipoDocumento t WHERE t.activo = true ORDER BY t.id", TipoDocumento.class)
                .getResultList();
    }

    /** The instancia that stands for a DAC área (its email receives what concerns the área). */
    public Instancia instanciaDeArea(AreaDac area) {
        return em.createQuery("SELECT i FROM Instancia i WHERE i.areaDac = :area", Instancia.class)
                .setParameter("area", area).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("Sin instancia para el área " + area.getClave()));
    }

    public <T> Optional<T> porId(Class<T> tipo, Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(tipo, id));
    }

    public <T> Optional<T> porClave(Class<T> tipo, String clave) {
        return em.createQuery("SELECT c FROM " + tipo.getSimpleName() + " c WHERE c.clave = :clave", tipo)
                .setParameter("clave", clave)
                .getResultStream()
                .findFirst();
    }
}
