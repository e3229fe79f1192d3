package mx.gob.imss.siade.consulta;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import mx.gob.imss.siade.peticion.EstadoPeticion;
import mx.gob.imss.siade.peticion.MedioCaptacion;
import mx.gob.imss.siade.peticion.TipoPeticion;
import mx.gob.imss.siade.plazos.Semaforo;

/**
 * Filters of the Bandeja; any may be null. {@code folio} may be a whole folio or its beginning;
 * {@code nss} must be a whole, valid NSS (it is searched by its keyed hash); dates are the
 * reception dates, both inclusive, in Mexico City time. {@code soloPendientes} leaves concluded
 * petitions out (what the Bandeja opens with); {@code consultor} (a user name) keeps only the cases
 * assigned to that consultor («mis casos», or an absent consultor's cases for a supervisor).
 * {@code semaforo} keeps the open cases of that colour, by the same rule as the row's colour
 * ({@link Semaforo#de}); {@code recibidaDesde}/{@code recibidaHasta} an interval of reception instants
 * (the last guard shift, 5.49), the end excluded.
 */
public record FiltroBandeja(String folio, String nss, EstadoPeticion estado, TipoPeticion tipo, Long ooadId,
                            Long umaeId, LocalDate desde, LocalDate hasta, Long areaDacId, boolean soloPendientes,
                            String consultor, Semaforo semaforo, OffsetDateTime recibidaDesde,
                            OffsetDateTime recibidaHasta, MedioCaptacion medio, Long instanciaId,
                            LocalDate concluidaDesde, LocalDate concluidaHasta) implements Serializable {

    public FiltroBandeja(String folio, String nss, EstadoPeticion estado, TipoPeticion tipo, Long ooadId,
                         Long umaeId, LocalDate desde, LocalDate hasta, Long areaDacId, boolean soloPendientes,
                         String consultor) {
        this(folio, nss, estado, tipo, ooadId, umaeId, desde, hasta, areaDacId, soloPendientes, consultor, null, null,
                null, null, null, null, null);
    }

    /** Every petition, concluded ones included, whoever works it. */
    public FiltroBandeja(String folio, String nss, EstadoPeticion estado, TipoPeticion tipo, Long ooadId,
                         Long umaeId, LocalDate desde, LocalDate hasta, Long areaDacId) {
        this(folio, nss, estado, tipo, ooadId, umaeId, desde, hasta, areaDacId, false, null);
    }

    public static FiltroBandeja vacio() {
        return new FiltroBandeja(null, null, null, null, null, null, null, null, null, false, null);
    }

    /** What the Bandeja opens with: the petitions still open (for a consultor, his own: {@code consultor}). */
    public static FiltroBandeja pendientes(String consultor) {
        return new FiltroBandeja(null, null, null, null, null, null, null, null, null, true, consultor);
    }

    public FiltroBandeja conArea(Long area) {
        return new FiltroBandeja(folio, nss, estado, tipo, ooadId, umaeId, desde, hasta, area, soloPendientes,
                consultor, semaforo, recibidaDesde, recibidaHasta, medio, instanciaId, concluidaDesde, concluidaHasta);
    }

    /** Only the open cases of this colour (null: any). */
    public FiltroBandeja conSemaforo(Semaforo color) {
        return new FiltroBandeja(folio, nss, estado, tipo, ooadId, umaeId, desde, hasta, areaDacId,
                soloPendientes || color != null, consultor, color, recibidaDesde, recibidaHasta, medio, instanciaId,
                concluidaDesde, concluidaHasta);
    }

    /** Only the cases received in [desdeInstante, hastaInstante). */
    public FiltroBandeja conRecepcionEntre(OffsetDateTime desdeInstante, OffsetDateTime hastaInstante) {
        return new FiltroBandeja(folio, nss, estado, tipo, ooadId, umaeId, desde, hasta, areaDacId, soloPendientes,
                consultor, semaforo, desdeInstante, hastaInstante, medio, instanciaId, concluidaDesde, concluidaHasta);
    }

    /**
     * What the indicators' links add: the channel, the instancia the case was derived to, the conclusion dates
     * (Mexico City, inclusive); any may be null.
     */
    public FiltroBandeja conIndicador(MedioCaptacion porMedio, Long porInstancia, LocalDate concluidaEntre,
                                      LocalDate concluidaY) {
        return new FiltroBandeja(folio, nss, estado, tipo, ooadId, umaeId, desde, hasta, areaDacId, soloPendientes,
                consultor, semaforo, recibidaDesde, recibidaHasta, porMedio, porInstancia, concluidaEntre, concluidaY);
    }
}
