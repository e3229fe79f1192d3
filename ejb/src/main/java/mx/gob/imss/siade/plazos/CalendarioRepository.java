package mx.gob.imss.siade.plazos;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import mx.gob.imss.siade.catalogos.DiaInhabil;
import mx.gob.imss.siade.peticion.TipoPeticion;

/** The holiday calendar and the deadlines per tipo, as stored. */
@ApplicationScoped
public class CalendarioRepository {

    /** How far around a date the calendar is loaded; deadlines are weeks, not years, away. */
    private static final int ANIOS_ALREDEDOR = 1;

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    public CalendarioHabil calendario(LocalDate alrededorDe) {
        List<LocalDate> dias = em.createNamedQuery("DiaInhabil.findEntre", DiaInhabil.class)
                .setParameter("desde", alrededorDe.minusYears(ANIOS_ALREDEDOR))
                .setParameter("hasta", alrededorDe.plusYears(ANIOS_ALREDEDOR))
                .getResultList().stream().map(DiaInhabil::getFecha).toList();
        return new CalendarioHabil(dias);
    }

    public int diasHabilesDeRespuesta(TipoPeticion tipo) {
        PlazoTipoPeticion plazo = em.find(PlazoTipoPeticion.class, tipo);
        if (plazo == null) {
            throw new IllegalStateException("Sin plazo configurado para el tipo " + tipo);
        }
        return plazo.getDiasHabiles();
    }

    /** The answer deadline of a petición of this tipo classified or derived on {@code desde}. */
    public LocalDate fechaLimite(TipoPeticion tipo, LocalDate desde) {
        return calendario(desde).sumarDiasHabiles(desde, diasHabilesDeRespuesta(tipo));
    }
}
