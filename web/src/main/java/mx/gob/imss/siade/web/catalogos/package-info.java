/** The administrador's catalogues screen. */
package mx.gob.imss.siade.web.catalogos;
