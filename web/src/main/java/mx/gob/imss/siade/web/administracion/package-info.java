/** Operations of the administrador from the command line ({@code config/siade-admin.sh}): HTTP, role ADMIN. */
package mx.gob.imss.siade.web.administracion;
