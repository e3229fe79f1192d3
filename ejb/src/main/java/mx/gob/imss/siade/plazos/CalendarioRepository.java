package mx.gob.imss.siade.plazos;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import mx.gob.imss.siade.catalogos.DiaInhabil;
import mx.gob.imss.siade.peticion.MedioCaptacion;
import mx.gob.imss.siade.peticion.TipoPeticion;

/** The holiday calendar and the deadlines per tipo, as stored. */
@ApplicationScoped
public class CalendarioRepository {

    /** How far around a date the calendar is loaded; deadlines are weeks, not years, away. */
    private static final int ANIOS_ALREDEDOR = 1;

    /**
     * The calendar changes a few times a year and every Bandeja page needs it: it is kept for a
     * while, and in every node of a cluster it is reloaded at most {@link #VIGENCIA} after an edit.
     */
    static final Duration VIGENCIA = Duration.ofMinutes(5);

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    private volatile Cargado vigente;

    private record Cargado(LocalDate alrededorDe, Instant cargadoEn, CalendarioHabil calendario) {
    }

    public CalendarioHabil calendario(LocalDate alrededorDe) {
        Cargado actual = vigente;
        if (actual != null && actual.alrededorDe().equals(alrededorDe)
                && actual.cargadoEn().plus(VIGENCIA).isAfter(Instant.now())) {
            return actual.calendario();
        }
        CalendarioHabil leido = leer(alrededorDe);
        vigente = new Cargado(alrededorDe, Instant.now(), leido);
        return leido;
    }

    /** Forgets the kept calendar, e.g. after the administrador edits the días inhábiles. */
    public void olvidar() {
        vigente = null;
    }

    private CalendarioHabil leer(LocalDate alrededorDe) {
        LocalDate desde = alrededorDe.minusYears(ANIOS_ALREDEDOR);
        LocalDate hasta = alrededorDe.plusYears(ANIOS_ALREDEDOR);
        List<LocalDate> guardados = em.createNamedQuery("DiaInhabil.findEntre", DiaInhabil.class)
                .setParameter("desde", desde).setParameter("hasta", hasta)
                .getResultList().stream().map(DiaInhabil::getFecha).toList();
        return conFederales(guardados, desde.getYear(), hasta.getYear());
    }

    /**
     * The stored días inhábiles plus the federal ones of every year from {@code primerAnio} to
     * {@code ultimoAnio}, computed by their rule (LFT art. 74): a deadline in a year nobody seeded
     * still skips them. Institutional days cannot be computed; the administrador is warned when the
     * next year has none ({@link ConfiguracionPlazosService#institucionalesPublicados}).
     */
    static CalendarioHabil conFederales(Collection<LocalDate> guardados, int primerAnio, int ultimoAnio) {
        Set<LocalDate> dias = new HashSet<>(guardados);
        for (int anio = primerAnio; anio <= ultimoAnio; anio++) {
            dias.addAll(DiasInhabilesFederales.delAnio(anio).keySet());
        }
        return new CalendarioHabil(dias);
    }

    public int diasHabilesDeRespuesta(TipoPeticion tipo) {
        PlazoTipoPeticion plazo = em.find(PlazoTipoPeticion.class, tipo);
        if (plazo == null) {
            throw new IllegalStateException("Sin plazo configurado para el tipo " + tipo);
        }
        return plazo.getDiasHabiles();
    }

    /**
     * The answer deadline of a petición of this tipo counted from {@code desde} (its reception, or
     * the day it was derived): the term starts on the next día hábil (LFPA art. 28).
     */
    public LocalDate fechaLimite(TipoPeticion tipo, LocalDate desde) {
        return calendario(desde).sumarDiasHabiles(desde, diasHabilesDeRespuesta(tipo));
    }

    /** The deadline of a petición not classified yet: the default term of its channel, from its reception. */
    public LocalDate fechaLimite(MedioCaptacion medio, LocalDate recibida) {
        return calendario(recibida).sumarDiasHabiles(recibida, diasHabilesDeRespuesta(medio));
    }

    public int diasHabilesDeRespuesta(MedioCaptacion medio) {
        PlazoMedioCaptacion plazo = em.find(PlazoMedioCaptacion.class, medio);
        if (plazo == null) {
            throw new IllegalStateException("Sin plazo configurado para el medio " + medio);
        }
        return plazo.getDiasHabiles();
    }
}
