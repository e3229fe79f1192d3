package mx.gob.imss.siade.seguridad;

/** How the user's área stands to a case. */
public enum RelacionCaso {
    /** The case was received by the user's área, or is derived to it. */
    PROPIA_AREA,
    /** Any other case (or a user without área). */
    OTRA_AREA,
    /** The user is named for the step at hand on one of the case's oficios (its reviewer or signer now). */
    DESIGNADO
}
