package mx.gob.imss.siade.bitacora;

/** Kinds of event in a case file. */
public enum TipoEventoBitacora {
    REGISTRO,
    CLASIFICACION,
    CAMBIO_ESTADO,
    NOTA,
    DOCUMENTO,
    SOLICITUD_DATOS,
    DATOS_RECIBIDOS,
    DERIVACION,
    RESPUESTA,
    RESPUESTA_RECHAZADA,
    OFICIO,
    CORREO,
    LLAMADA,
    /** Contact with the responsible institutional área, escalation to its superior, its solution (Gestión). */
    ESCALAMIENTO,
    /** The persona usuaria answered the satisfaction survey (5.30). */
    ENCUESTA,
    /** The case's confidentiality level changed (who is named on a reservado case). */
    CONFIDENCIALIDAD,
    /** The text of a digitised document was recognised (OCR) and is now searchable. */
    TEXTO_RECONOCIDO,
    CONCLUSION,
    /** A read of the whole case by the legal team (recorded, "Never" list of domain.md). */
    CONSULTA_JURIDICO,
    /** Staff of another área saw this case (folio, tipo, estado, dates only) as an antecedent. */
    CONSULTA_ANTECEDENTE,
    /** The case was given to a consultor, or moved to another one. */
    ASIGNACION,
    /** A registration made by mistake was annulled by the jefe de área (the folio stays, never reused). */
    ANULACION
}
