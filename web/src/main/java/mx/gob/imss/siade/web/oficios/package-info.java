/**
 * Screens of the oficios capability: the administrador's editor of oficio templates.
 */
package mx.gob.imss.siade.web.oficios;
