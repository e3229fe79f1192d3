package mx.gob.imss.siade.personas;

/** Who the persona usuaria is (glossary of the procedure). */
public enum TipoPersonaUsuaria {
    DERECHOHABIENTE,
    CONTRIBUYENTE,
    POBLACION_USUARIA,
    ORGANISMO_AUTONOMO,
    ORGANISMO_PUBLICO,
    ORGANISMO_PRIVADO
}
