/**
 * Views of the read side: the Bandeja (lazy PrimeFaces table) and the Expediente, which opens the case
 * ({@link mx.gob.imss.siade.web.consulta.ExpedienteView}) and has one small view bean per action panel
 * ({@link mx.gob.imss.siade.web.consulta.PanelExpediente} and its subclasses).
 */
package mx.gob.imss.siade.web.consulta;
