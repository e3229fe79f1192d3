/**
 * Requests of missing data (datos complementarios) to the persona usuaria, with their channel and deadline.
 */
package mx.gob.imss.siade.datoscomplementarios;
