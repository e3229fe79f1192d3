package mx.gob.imss.siade.catalogos;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import mx.gob.imss.siade.seguridad.Roles;

/** Catalogue lists for the screens' selectors and filters. */
@Stateless
@RolesAllowed({Roles.CONSULTOR, Roles.SUPERVISOR, Roles.JEFE_AREA, Roles.TITULAR_DAC, Roles.TITULAR_CAO,
        Roles.CORRESPONDENCIA, Roles.JURIDICO, Roles.ADMIN})
public class CatalogoService {

    @Inject
    private CatalogoRepository repositorio;

    public List<AreaDac> areasDac() {
        return repositorio.areasDac();
    }

    public List<Ooad> ooads() {
        return repositorio.ooads();
    }

    public List<Umae> umaes() {
        return repositorio.umaes();
    }

    public List<OrganoNormativo> organosNormativos() {
        return repositorio.organosNormativos();
    }

    public List<Instancia> instancias() {
        return repositorio.instancias();
    }

    public List<TipoDocumento> tiposDocumento() {
        return repositorio.tiposDocumento();
    }
}
