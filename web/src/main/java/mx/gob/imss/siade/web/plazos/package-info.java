/**
 * The administrador's screen for deadlines per tipo and the holiday calendar.
 */
package mx.gob.imss.siade.web.plazos;
