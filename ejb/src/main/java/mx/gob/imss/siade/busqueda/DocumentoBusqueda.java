package mx.gob.imss.siade.busqueda;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/**
 * What the index knows of one petición. NSS and CURP travel only as their HMAC fingerprints; the name
 * and the free text are indexed but never stored in the index (the result page reads them from the
 * database, with the reader's masking).
 */
public record DocumentoBusqueda(long peticionId, String folio, String huellaNss, String huellaCurp, String nombre,
                                LocalDate recepcion, LocalDate conclusion, String estado, String tipo, String medio,
                                Long ooadId, String ooad, Long umaeId, String umae, Set<Long> instancias,
                                long areaDacId, Set<Long> areasQueLoLeen, String texto, String confidencialidad,
                                Set<Long> autorizados) implements Serializable {
}
