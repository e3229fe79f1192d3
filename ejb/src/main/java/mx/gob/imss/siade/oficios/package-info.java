/**
 * Oficios: official letters with their own folio per área and year, rúbricas and signature.
 */
package mx.gob.imss.siade.oficios;
