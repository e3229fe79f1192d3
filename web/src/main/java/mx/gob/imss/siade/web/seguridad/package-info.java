/**
 * Form login configuration (Jakarta Security), the login view and the session (user, roles, logout).
 */
package mx.gob.imss.siade.web.seguridad;
