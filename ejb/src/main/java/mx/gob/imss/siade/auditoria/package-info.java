/**
 * Who read what (reads of cases and documents by roles that do not work them, Jurídico's searches,
 * expediente PDFs) and the tamper evidence of the bitácora and of that log: both hash-chained, verified
 * by {@link mx.gob.imss.siade.auditoria.VerificacionCadenas}.
 */
package mx.gob.imss.siade.auditoria;
