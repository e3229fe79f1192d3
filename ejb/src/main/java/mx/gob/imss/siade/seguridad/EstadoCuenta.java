package mx.gob.imss.siade.seguridad;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * What every request of a signed-in session checks: the account is still active, must change a temporary
 * password, and when its password last changed (a session older than that change is over).
 */
public record EstadoCuenta(boolean activo, boolean debeCambiarContrasena, OffsetDateTime contrasenaCambiadaEn)
        implements Serializable {

    public static final EstadoCuenta INEXISTENTE = new EstadoCuenta(false, false, null);

    /**
     * Whether a session may go on that began when the password had last changed at {@code vistoAlEntrar}
     * (null: never): not once the account is deactivated or its password changed (reset) since.
     */
    public boolean sesionVigente(OffsetDateTime vistoAlEntrar) {
        return activo && (contrasenaCambiadaEn == null ? vistoAlEntrar == null
                : vistoAlEntrar != null && contrasenaCambiadaEn.isEqual(vistoAlEntrar));
    }
}
