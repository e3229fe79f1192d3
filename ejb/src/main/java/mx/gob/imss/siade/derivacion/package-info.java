/**
 * Derivación (turno): routing a petición to the responsible instancia, its answer, and the reject-and-route-again loop.
 */
package mx.gob.imss.siade.derivacion;
