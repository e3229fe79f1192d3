package mx.gob.imss.siade.indicadores;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import mx.gob.imss.siade.catalogos.TipoInstancia;
import mx.gob.imss.siade.peticion.EstadoPeticion;
import mx.gob.imss.siade.peticion.MedioCaptacion;
import mx.gob.imss.siade.peticion.TipoPeticion;

/**
 * What the indicators read of one case: its attributes, dates, the deadline in force when concluded, and
 * the instancia of its last derivation (null when never derived).
 */
public record DatosCaso(long peticionId, long areaDacId, MedioCaptacion medio, TipoPeticion tipo, Long ooadId,
                        Long umaeId, EstadoPeticion estado, OffsetDateTime fechaRecepcion,
                        OffsetDateTime fechaConclusion, LocalDate limiteAlConcluir, Long instanciaId,
                        TipoInstancia tipoInstancia) {
}
