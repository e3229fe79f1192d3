package mx.gob.imss.siade.seguridad;

import jakarta.ejb.EJBContext;
import java.util.EnumSet;
import java.util.Set;

/** Who is acting in a use case: the signed-in caller with its roles, or the system (timers). */
public record Actor(String nombreUsuario, Set<Rol> roles) {

    public static final String SISTEMA = "sistema";

    public Actor {
        roles = roles.isEmpty() ? EnumSet.noneOf(Rol.class) : EnumSet.copyOf(roles);
    }

    /** The caller of the current EJB method, with the roles the container gives it. */
    public static Actor de(EJBContext contexto) {
        Set<Rol> roles = EnumSet.noneOf(Rol.class);
        for (Rol rol : Rol.dePersonas()) {
            if (contexto.isCallerInRole(rol.name())) {
                roles.add(rol);
            }
        }
        return new Actor(contexto.getCallerPrincipal().getName(), roles);
    }

    public static Actor sistema() {
        return new Actor(SISTEMA, EnumSet.of(Rol.SISTEMA));
    }

    public boolean tiene(Rol rol) {
        return roles.contains(rol);
    }
}
