package mx.gob.imss.siade.seguridad;

/**
 * Everything a user can do on one case (petición). Each has a rule in {@link PoliticaAcceso};
 * the matrix test fails for an action added here without one.
 */
public enum AccionCaso {
    /** Open the Expediente, its documents, oficio PDFs and acuses. */
    CONSULTAR,
    /** File a new letter under an existing folio: pending (5.73) or concluded, ratified (5.14). */
    AGREGAR_ESCRITO,
    CLASIFICAR,
    /** The supervisor's review before routing (act. 81-83). */
    REVISAR,
    ANOTAR,
    CONCLUIR,
    SOLICITAR_DATOS,
    RECIBIR_DATOS,
    DERIVAR,
    REGISTRAR_RESPUESTA,
    ACEPTAR_RESPUESTA,
    RECHAZAR_RESPUESTA,
    REDACTAR_OFICIO,
    ENVIAR_OFICIO,
    /** Give the case to another consultor of its área (supervisors). */
    REASIGNAR,
    /** Record a first-contact call to the persona usuaria (Gestión, act. 25–27). */
    LLAMAR,
    /** Contact the responsible institutional área, escalate to its superior, record its solution (act. 30–31). */
    ESCALAR,
    /** Inform the persona usuaria of the solution and conclude the case (Gestión, act. 32–34). */
    INFORMAR_Y_CONCLUIR,
    /** Send the instancia that remitted the case a nota informativa by email (5.36, act. 32 note). */
    INFORMAR_INSTANCIA,
    /** Download the whole case as one PDF for a legal proceeding (Jurídico, jefes, titulares). */
    EXPORTAR_EXPEDIENTE,
    /** Set the case's confidentiality level and who is named on a reservado case. */
    CLASIFICAR_CONFIDENCIALIDAD,
    /** Initial (or send back) an oficio of the case: only the reviewer whose turn it is. */
    RUBRICAR,
    /** Sign an oficio of the case: only its titular, or the suplente during the titular's absence. */
    FIRMAR,
    /** Annul a registration made by mistake (the jefe de área of the case's área). */
    ANULAR
}
