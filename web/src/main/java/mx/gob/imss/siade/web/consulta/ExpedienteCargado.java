package mx.gob.imss.siade.web.consulta;

import mx.gob.imss.siade.consulta.Expediente;

/**
 * Fired by {@link ExpedienteView} each time it (re)loads the case: the action panels of the
 * Expediente that already exist in the view take their starting values from it.
 */
public record ExpedienteCargado(Expediente expediente) {
}
