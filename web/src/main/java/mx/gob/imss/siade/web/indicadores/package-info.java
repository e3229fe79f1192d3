/** The indicators dashboard (charts with their tables, each opening the Bandeja) and the report downloads. */
package mx.gob.imss.siade.web.indicadores;
