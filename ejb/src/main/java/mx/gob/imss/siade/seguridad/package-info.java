/**
 * Users, roles, the acting caller, and the encryption of personal data.
 */
package mx.gob.imss.siade.seguridad;
