/**
 * Catalogues the administrador maintains: áreas DAC, OOAD, UMAE, órganos normativos, instancias for routing, tipos de documento and the calendar of días inhábiles.
 */
package mx.gob.imss.siade.catalogos;
