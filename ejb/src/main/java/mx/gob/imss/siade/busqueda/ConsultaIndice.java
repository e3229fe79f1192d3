package mx.gob.imss.siade.busqueda;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A search as the index takes it: every criterion optional (NSS and CURP already as fingerprints);
 * {@code areaLector} restricts the results to the cases that área may read (null: all cases);
 * {@code usuarioLector} leaves out the reservado cases that user is not named on (null: a titular, sees them);
 * {@code sinRestringidos} leaves out the restringido ones (the administrador).
 */
public record ConsultaIndice(String folio, String huellaNss, String huellaCurp, String nombre, String texto,
                             LocalDate recepcionDesde, LocalDate recepcionHasta, LocalDate conclusionDesde,
                             LocalDate conclusionHasta, String estado, String tipo, String medio, Long ooadId,
                             Long umaeId, Long instanciaId, Long areaDacId, Long areaLector, Long usuarioLector,
                             boolean sinRestringidos, OrdenBusqueda orden, int primero, int cuantos)
        implements Serializable {
}
