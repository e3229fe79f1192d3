/** The administrador's audit screen: who read what, its exports and the verification of the hash chains. */
package mx.gob.imss.siade.web.auditoria;
