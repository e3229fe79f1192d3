package mx.gob.imss.siade.documentos;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import mx.gob.imss.siade.seguridad.Actor;
import mx.gob.imss.siade.seguridad.PoliticaAcceso;
import mx.gob.imss.siade.seguridad.Rol;

/**
 * How a reader of a case gets one of its documents, on top of the case's access policy: whole for
 * the roles that see personal data; for the others, a masked copy when the application can make one
 * (oficios), the acuse as is (it carries only the name, which every reader sees), and nothing of a
 * scan or an outside answer, whose personal data cannot be masked.
 */
@ApplicationScoped
public class ReglaLectura {

    /** Documents that carry no personal data beyond what every reader of the case sees. */
    private static final Set<String> SIN_DATOS_PERSONALES = Set.of("ACUSE");

    @Inject
    @Any
    private Instance<VersionEnmascarada> versiones;

    /** Empty when this actor may not get the document's content at all. */
    public Optional<LecturaDocumento> lectura(Actor actor, Documento documento) {
        if (PoliticaAcceso.veDatosPersonales(actor.roles()) || actor.tiene(Rol.SISTEMA)
                || SIN_DATOS_PERSONALES.contains(documento.getTipoDocumento().getClave())) {
            return Optional.of(LecturaDocumento.ORIGINAL);
        }
        return versionEnmascarada(documento).map(v -> LecturaDocumento.ENMASCARADA);
    }

    Optional<VersionEnmascarada> versionEnmascarada(Documento documento) {
        return versiones.stream().filter(v -> v.aplica(documento)).findFirst();
    }
}
