/**
 * Gestión (act. 21–34): cases received from Atención Telefónica and other instancias. For now the
 * intake of cases from other systems (the phone area's CRM) through the REST API, idempotent per
 * service account and key.
 */
package mx.gob.imss.siade.gestion;
