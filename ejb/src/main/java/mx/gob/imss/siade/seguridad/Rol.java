package mx.gob.imss.siade.seguridad;

/** The roles of domain.md. The names are the Jakarta Security groups and roles as well. */
public enum Rol {
    CONSULTOR,
    SUPERVISOR,
    JEFE_AREA,
    TITULAR_DAC,
    TITULAR_CAO,
    CORRESPONDENCIA,
    JURIDICO,
    ADMIN,
    /** Not a person: another system's service account (the phone area's CRM) using the intake API. */
    INTEGRACION,
    /** Not a person: scheduled tasks (deadline timers) act with this role in the bitácora. */
    SISTEMA;

    /** Roles of people, i.e. every role but {@link #SISTEMA}. */
    public static Rol[] dePersonas() {
        return new Rol[] {CONSULTOR, SUPERVISOR, JEFE_AREA, TITULAR_DAC, TITULAR_CAO, CORRESPONDENCIA, JURIDICO, ADMIN};
    }
}
