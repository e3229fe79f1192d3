package mx.gob.imss.siade.oficios;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.gob.imss.siade.catalogos.AreaDac;

/**
 * Hands out oficio folios: a consecutive per área and year. The MERGE locks the counter row until
 * the caller's transaction ends, so two oficios of the same área never get the same number, and a
 * rolled-back oficio gives its number back. (The CASTs type the bind parameters, which H2 needs
 * and Oracle accepts.)
 */
@ApplicationScoped
public class FolioOficioRepository {

    private static final String INCREMENTAR = """
            MERGE INTO FOLIO_OFICIO_CONTADOR c
            USING (SELECT CAST(?1 AS NUMBER(10)) AS AREA_DAC_ID, CAST(?2 AS NUMBER(4)) AS ANIO FROM DUAL) n
            ON (c.AREA_DAC_ID = n.AREA_DAC_ID AND c.ANIO = n.ANIO)
            WHEN MATCHED THEN UPDATE SET c.ULTIMO = c.ULTIMO + 1
            WHEN NOT MATCHED THEN INSERT (AREA_DAC_ID, ANIO, ULTIMO) VALUES (n.AREA_DAC_ID, n.ANIO, 1)""";

    private static final String LEER = "SELECT ULTIMO FROM FOLIO_OFICIO_CONTADOR WHERE AREA_DAC_ID = ?1 AND ANIO = ?2";

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    /** The next folio of {@code area} in {@code anio}; must run inside a transaction. */
    public FolioOficio siguiente(AreaDac area, int anio) {
        em.createNativeQuery(INCREMENTAR).setParameter(1, area.getId()).setParameter(2, anio).executeUpdate();
        Number ultimo = (Number) em.createNativeQuery(LEER).setParameter(1, area.getId()).setParameter(2, anio)
                .getSingleResult();
        return new FolioOficio(area.getClave(), ultimo.intValue(), anio);
    }
}
