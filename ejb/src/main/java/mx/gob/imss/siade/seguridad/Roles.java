package mx.gob.imss.siade.seguridad;

/** Role names as compile-time constants, for {@code @RolesAllowed}. Kept equal to {@link Rol}. */
public final class Roles {

    public static final String CONSULTOR = "CONSULTOR";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String JEFE_AREA = "JEFE_AREA";
    public static final String TITULAR_DAC = "TITULAR_DAC";
    public static final String TITULAR_CAO = "TITULAR_CAO";
    public static final String CORRESPONDENCIA = "CORRESPONDENCIA";
    public static final String JURIDICO = "JURIDICO";
    public static final String ADMIN = "ADMIN";
    public static final String INTEGRACION = "INTEGRACION";

    private Roles() {
    }
}
