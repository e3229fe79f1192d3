/**
 * The outbox as staff read it (Correo saliente).
 */
package mx.gob.imss.siade.web.notificaciones;
