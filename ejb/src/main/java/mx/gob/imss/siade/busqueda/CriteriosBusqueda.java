package mx.gob.imss.siade.busqueda;

import java.io.Serializable;
import java.time.LocalDate;
import mx.gob.imss.siade.peticion.EstadoPeticion;
import mx.gob.imss.siade.peticion.MedioCaptacion;
import mx.gob.imss.siade.peticion.TipoPeticion;

/** What a user types in the search screen; every field optional. NSS and CURP in clear, only here. */
public record CriteriosBusqueda(String folio, String nss, String curp, String nombre, String texto,
                                LocalDate recepcionDesde, LocalDate recepcionHasta, LocalDate conclusionDesde,
                                LocalDate conclusionHasta, EstadoPeticion estado, TipoPeticion tipo, MedioCaptacion medio,
                                Long ooadId, Long umaeId, Long instanciaId, Long areaDacId) implements Serializable {

    public static CriteriosBusqueda vacios() {
        return new CriteriosBusqueda(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }
}
