package mx.gob.imss.siade.oficios;

/** In what capacity someone initials an oficio (5.71). */
public enum PapelRubrica {
    /** The consultor or supervisor who drafted it (or turned it to rúbrica). */
    REDACCION,
    JEFE_AREA,
    /** Oficios to an Órgano normativo carry the Titular DAC's rúbrica; the Titular CAO signs. */
    TITULAR_DAC
}
