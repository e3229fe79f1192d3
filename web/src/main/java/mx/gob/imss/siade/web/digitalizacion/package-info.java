/** Screens of bulk digitisation: the «por clasificar» tray of Correspondencia. */
package mx.gob.imss.siade.web.digitalizacion;
