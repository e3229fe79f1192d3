package mx.gob.imss.siade.datoscomplementarios;

public enum CanalSolicitud {
    /** Email (Anexos 21, 38). */
    CORREO_ELECTRONICO,
    /** Oficio sent by post (Anexo 39). */
    OFICIO_POSTAL,
    TELEFONO
}
