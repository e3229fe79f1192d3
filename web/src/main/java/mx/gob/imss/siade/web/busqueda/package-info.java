/** The search screen of Consulta jurídica and the administrador's rebuild of the index. */
package mx.gob.imss.siade.web.busqueda;
