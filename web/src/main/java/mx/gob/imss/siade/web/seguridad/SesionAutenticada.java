package mx.gob.imss.siade.web.seguridad;

import java.io.Serializable;
import java.util.Set;

/** Who signed in on this HTTP session and with which groups; kept in the session (and so replicated in a cluster). */
record SesionAutenticada(String nombreUsuario, Set<String> grupos, java.time.OffsetDateTime contrasenaVista)
        implements Serializable {

    static final String ATRIBUTO = SesionAutenticada.class.getName();

    SesionAutenticada {
        grupos = Set.copyOf(grupos);
    }
}
