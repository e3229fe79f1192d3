package mx.gob.imss.siade.consulta;

import java.io.Serializable;
import java.time.LocalDate;
import mx.gob.imss.siade.peticion.EstadoPeticion;
import mx.gob.imss.siade.peticion.TipoPeticion;

/**
 * Filters of the Bandeja; any may be null. {@code folio} may be a whole folio or its beginning;
 * {@code nss} must be a whole, valid NSS (it is searched by its keyed hash); dates are the
 * reception dates, both inclusive, in Mexico City time.
 */
public record FiltroBandeja(String folio, String nss, EstadoPeticion estado, TipoPeticion tipo, Long ooadId,
                            Long umaeId, LocalDate desde, LocalDate hasta, Long areaDacId) implements Serializable {

    public static FiltroBandeja vacio() {
        return new FiltroBandeja(null, null, null, null, null, null, null, null, null);
    }

    public FiltroBandeja conArea(Long area) {
        return new FiltroBandeja(folio, nss, estado, tipo, ooadId, umaeId, desde, hasta, area);
    }
}
