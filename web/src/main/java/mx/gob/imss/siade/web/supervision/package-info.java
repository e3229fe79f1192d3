/** Screens of the supervision tools: the Bandeja's bulk reassignment. */
package mx.gob.imss.siade.web.supervision;
