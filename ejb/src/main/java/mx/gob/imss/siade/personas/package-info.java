/**
 * The persona usuaria and the identifiers that validate themselves: NSS, CURP, RFC; personal data encrypted at rest.
 */
package mx.gob.imss.siade.personas;
