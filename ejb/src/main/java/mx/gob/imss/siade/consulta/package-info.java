/**
 * Read side: the Bandeja (paged, filtered worklist) and the Expediente (a whole case, with personal data shown per role and legal-team reads recorded).
 */
package mx.gob.imss.siade.consulta;
