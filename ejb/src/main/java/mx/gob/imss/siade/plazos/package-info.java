/**
 * Deadlines: business-day arithmetic over the holiday calendar, deadlines per tipo, the semáforo.
 */
package mx.gob.imss.siade.plazos;
