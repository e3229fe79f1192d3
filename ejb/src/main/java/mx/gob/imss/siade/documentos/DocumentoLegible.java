package mx.gob.imss.siade.documentos;

/** A document the caller may read, and how: the stored file itself or a copy with personal data masked. */
public record DocumentoLegible(Documento documento, LecturaDocumento lectura) {
}
