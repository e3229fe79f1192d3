package mx.gob.imss.siade.seguridad;

import java.io.Serializable;
import java.util.Set;

/** What the administrador writes about a user. {@code nombreUsuario} is fixed once created. */
public record DatosUsuario(String nombreUsuario, String nombreCompleto, String correo, Long areaDacId, Set<Rol> roles,
                           String rfc, String puesto) implements Serializable {
}
