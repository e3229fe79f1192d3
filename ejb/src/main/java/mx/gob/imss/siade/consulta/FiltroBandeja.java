package mx.gob.imss.siade.consulta;

import java.io.Serializable;
import java.time.LocalDate;
import mx.gob.imss.siade.peticion.EstadoPeticion;
import mx.gob.imss.siade.peticion.TipoPeticion;

/**
 * Filters of the Bandeja; any may be null. {@code folio} may be a whole folio or its beginning;
 * {@code nss} must be a whole, valid NSS (it is searched by its keyed hash); dates are the
 * reception dates, both inclusive, in Mexico City time. {@code soloPendientes} leaves concluded
 * petitions out (what the Bandeja opens with); {@code consultor} (a user name) keeps only the cases
 * assigned to that consultor («mis casos»).
 */
public record FiltroBandeja(String folio, String nss, EstadoPeticion estado, TipoPeticion tipo, Long ooadId,
                            Long umaeId, LocalDate desde, LocalDate hasta, Long areaDacId, boolean soloPendientes,
                            String consultor) implements Serializable {

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
                consultor);
    }
}
