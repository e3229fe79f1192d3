/**
 * Views of the read side: the Bandeja (lazy PrimeFaces table) and the Expediente.
 */
package mx.gob.imss.siade.web.consulta;
