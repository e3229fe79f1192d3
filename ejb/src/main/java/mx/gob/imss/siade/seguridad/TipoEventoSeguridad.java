package mx.gob.imss.siade.seguridad;

/** What a row of the security log records. */
public enum TipoEventoSeguridad {
    ACCESO_FALLIDO,
    BLOQUEO,
    DESBLOQUEO,
    /** An attempt refused without checking the password, because its account or address must wait. */
    ACCESO_REHUSADO,
    /** A user asked for a case (or one of its files) that the access policy does not let them see or act on. */
    ACCESO_DENEGADO_CASO,
    /** An administrador changed a catalogue (e.g. an escalation chain): who, when and what. */
    CAMBIO_CATALOGO,
    /** An administrador created a user or changed their roles, área, signing data or state. */
    CAMBIO_USUARIO,
    /** A password was changed by its user, or reset by an administrador to a temporary one. */
    CAMBIO_CONTRASENA
}
