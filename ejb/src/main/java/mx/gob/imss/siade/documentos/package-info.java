/**
 * Digitised documents of a case: content, media type, size and SHA-256.
 */
package mx.gob.imss.siade.documentos;
