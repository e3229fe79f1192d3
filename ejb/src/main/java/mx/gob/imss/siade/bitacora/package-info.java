/**
 * Bitácora: the case file's chronological, append-only record of every event (who, when, what, states before and after).
 */
package mx.gob.imss.siade.bitacora;
