/** Screens of the firma capability: portafirmas, absences, public verification. */
package mx.gob.imss.siade.web.firma;
