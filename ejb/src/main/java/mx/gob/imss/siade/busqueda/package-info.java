/**
 * Consulta jurídica: the search over every case (folio, NSS and CURP by their fingerprints, name, dates,
 * state, tipo, channel, OOAD/UMAE, instancia, área, and the full text of summaries, notes, oficios and
 * answers), behind one interface ({@link mx.gob.imss.siade.busqueda.IndiceBusqueda}) with an embedded
 * Lucene implementation in the data folder. The index follows the database through a transactional
 * outbox ({@link mx.gob.imss.siade.busqueda.TareaIndice}).
 */
package mx.gob.imss.siade.busqueda;
