package mx.gob.imss.siade.gestion;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import mx.gob.imss.siade.peticion.MedioCaptacion;
import mx.gob.imss.siade.peticion.NuevaPeticion;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.peticion.PeticionRepository;
import mx.gob.imss.siade.peticion.RegistroPeticion;
import mx.gob.imss.siade.seguridad.Actor;
import mx.gob.imss.siade.seguridad.Roles;
import mx.gob.imss.siade.seguridad.Usuario;
import mx.gob.imss.siade.seguridad.UsuarioRepository;
import org.apache.commons.validator.routines.EmailValidator;

/**
 * A case Gestión receives by hand (act. 21–23): from Atención Telefónica (Formato de gestión, Anexo 14;
 * received by telephone, it goes to the Anexo 19 like the CRM's) or from another instancia by telephone
 * or email (Formato de petición, Anexo 16), registered under a new folio of the Gestión área with the
 * instancia that sent it (and its email, which later receives the notas informativas and the
 * conclusion); those appear in the Bitácora de casos recibidos por instancias (Anexo 18).
 */
@Stateless
@RolesAllowed({Roles.CONSULTOR, Roles.SUPERVISOR, Roles.JEFE_AREA})
public class IngresoInstanciaService {

    static final String AREA = mx.gob.imss.siade.catalogos.AreaDac.GESTION;

    @Resource
    private SessionContext contexto;

    @Inject
    private UsuarioRepository usuarios;

    @Inject
    private ValidacionCasoEntrante validacion;

    @Inject
    private RegistroPeticion registro;

    @Inject
    private PeticionRepository peticiones;

    /** Whether the caller is Gestión's staff (for the menu; {@link #registrar} checks again). */
    public boolean esPersonalDeGestion() {
        Usuario usuario = usuarios.de(Actor.de(contexto));
        return usuario.getAreaDac() != null && usuario.getAreaDac().esGestion();
    }

    /** A case the phone area passed to Gestión without the CRM (Anexo 14): received by telephone, no instancia. */
    public Peticion registrarDeAtencionTelefonica(CasoEntrante caso) {
        Actor actor = Actor.de(contexto);
        if (!esPersonalDeGestion()) {
            throw new GestionRechazadaException("error.gestion.soloPersonalGestion");
        }
        Peticion peticion = registro.registrar(validacion.validar(caso, MedioCaptacion.TELEFONO, AREA), actor);
        peticiones.sincronizar();
        return peticion;
    }

    public Peticion registrar(CasoEntrante caso, MedioCaptacion medio, String instancia, String correoInstancia) {
        Actor actor = Actor.de(contexto);
        if (!esPersonalDeGestion()) {
            throw new GestionRechazadaException("error.gestion.soloPersonalGestion");
        }
        List<CasoRechazadoException.Error> errores = new ArrayList<>();
        String origen = ValidacionCasoEntrante.texto(instancia);
        if (origen == null || origen.length() > 200) {
            errores.add(new CasoRechazadoException.Error("instancia", mx.gob.imss.siade.infra.Textos.de("ingreso.instancia")));
        }
        String correo = ValidacionCasoEntrante.texto(correoInstancia);
        if (correo != null && (correo.length() > 254 || !EmailValidator.getInstance().isValid(correo))) {
            errores.add(new CasoRechazadoException.Error("correoInstancia", mx.gob.imss.siade.infra.Textos.de("api.correo")));
        }
        if (medio != MedioCaptacion.TELEFONO && medio != MedioCaptacion.CORREO_ELECTRONICO) {
            errores.add(new CasoRechazadoException.Error("medio", mx.gob.imss.siade.infra.Textos.de("ingreso.medio")));
        }
        NuevaPeticion nueva;
        try {
            nueva = validacion.validar(caso, medio, AREA);
        } catch (CasoRechazadoException e) {
            errores.addAll(0, e.errores());
            throw new CasoRechazadoException("error.api.caso", errores);
        }
        if (!errores.isEmpty()) {
            throw new CasoRechazadoException("error.api.caso", errores);
        }
        Peticion peticion = registro.registrar(nueva, actor);
        peticion.registrarOrigen(origen, correo);
        peticiones.sincronizar();
        return peticion;
    }
}
