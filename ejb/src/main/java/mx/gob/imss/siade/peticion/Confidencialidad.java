package mx.gob.imss.siade.peticion;

/** How confidential a case is (issue 10: consulta jurídica). */
public enum Confidencialidad {
    /** The usual rules of the access policy. */
    PUBLICO,
    /** Not for the administrador (who reads every área only to administer). */
    RESTRINGIDO,
    /** Only the users named on the case and the titulares. */
    RESERVADO
}
