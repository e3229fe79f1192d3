package mx.gob.imss.siade.documentos;

/** How a caller reads a document: the stored file itself, or a copy with the persona's data masked. */
public enum LecturaDocumento {
    ORIGINAL,
    ENMASCARADA
}
