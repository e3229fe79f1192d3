package mx.gob.imss.siade.web.seguridad;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import mx.gob.imss.siade.seguridad.Roles;

/**
 * The identity store: the USUARIO table; passwords are PBKDF2 hashes and each user's roles
 * (USUARIO_ROL) are its groups, which map one to one to the roles below. The form login itself is
 * {@link MecanismoAutenticacion}.
 */
@ApplicationScoped
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "jdbc/siade",
        callerQuery = "SELECT HASH_CONTRASENA FROM USUARIO WHERE NOMBRE_USUARIO = ? AND ACTIVO = 1",
        groupsQuery = "SELECT r.ROL FROM USUARIO_ROL r JOIN USUARIO u ON u.ID = r.USUARIO_ID WHERE u.NOMBRE_USUARIO = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class)
@DeclareRoles({Roles.CONSULTOR, Roles.SUPERVISOR, Roles.JEFE_AREA, Roles.TITULAR_DAC, Roles.TITULAR_CAO,
        Roles.CORRESPONDENCIA, Roles.JURIDICO, Roles.ADMIN, Roles.INTEGRACION})
public class ConfiguracionSeguridad {
}
