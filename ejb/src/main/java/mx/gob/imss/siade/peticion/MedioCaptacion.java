package mx.gob.imss.siade.peticion;

/** Channel through which the petición arrived (4.4). */
public enum MedioCaptacion {
    TELEFONO,
    FACEBOOK,
    X_TWITTER,
    INSTAGRAM,
    PRESENCIAL,
    CORREO_ELECTRONICO,
    CHAT,
    CORREO_POSTAL
}
