package mx.gob.imss.siade.auditoria;

/** What was read or searched. */
public enum AccionAuditada {
    LECTURA_CASO,
    LECTURA_DOCUMENTO,
    BUSQUEDA,
    EXPEDIENTE_PDF
}
