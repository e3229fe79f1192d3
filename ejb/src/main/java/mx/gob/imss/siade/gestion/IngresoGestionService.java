package mx.gob.imss.siade.gestion;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import mx.gob.imss.siade.documentos.Digitalizacion;
import mx.gob.imss.siade.infra.Textos;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.peticion.MedioCaptacion;
import mx.gob.imss.siade.peticion.NuevaPeticion;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.peticion.RegistroPeticion;
import mx.gob.imss.siade.seguridad.Actor;
import mx.gob.imss.siade.seguridad.Roles;
import mx.gob.imss.siade.seguridad.Usuario;
import mx.gob.imss.siade.seguridad.UsuarioRepository;

/**
 * Cases sent by other systems (the phone area's CRM, act. 21–24) through the REST API, as a service
 * account (role INTEGRACION) of an área: validated field by field with Spanish messages, registered as
 * a petición of the account's área received by telephone, and idempotent per account and key: the
 * same key again gives the same answer and no second case, the same key with another body is refused.
 * Calls of one account run one after the other (its row is locked), so two simultaneous calls with
 * one key give one case.
 */
@Stateless
@RolesAllowed(Roles.INTEGRACION)
public class IngresoGestionService {

    static final int CLAVE_MAXIMA = 100;

    /** The answer of an intake or a state query. */
    public record Resultado(String folio, String estado, String tipo, LocalDate fechaLimite, OffsetDateTime recibido,
                            boolean nuevo) implements Serializable {
    }

    @Resource
    private SessionContext contexto;

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Inject
    private UsuarioRepository usuarios;

    @Inject
    private RegistroPeticion registro;

    @Inject
    private ValidacionCasoEntrante validacion;

    @Inject
    private Clock reloj;

    public Resultado registrar(String claveIdempotencia, CasoEntrante caso) {
        Actor actor = Actor.de(contexto);
        String clave = claveIdempotencia == null ? "" : claveIdempotencia.trim();
        if (clave.isEmpty() || clave.length() > CLAVE_MAXIMA || !clave.matches("[A-Za-z0-9._:-]+")) {
            throw new CasoRechazadoException("error.api.clave", List.of(new CasoRechazadoException.Error(
                    "Idempotency-Key", Textos.de("api.clave"))));
        }
        Usuario cuenta = usuarios.de(actor);
        em.find(Usuario.class, cuenta.getId(), LockModeType.PESSIMISTIC_WRITE);
        String huella = Digitalizacion.sha256(String.valueOf(caso).getBytes(StandardCharsets.UTF_8));
        IngresoApi previo = em.find(IngresoApi.class, new IngresoApi.Llave(actor.nombreUsuario(), clave));
        if (previo != null) {
            if (!previo.getHuellaCuerpo().equals(huella)) {
                throw new CasoRechazadoException("error.api.claveReutilizada", List.of(new CasoRechazadoException.Error(
                        "Idempotency-Key", Textos.de("api.claveReutilizada"))));
            }
            return resultado(previo, false);
        }
        if (cuenta.getAreaDac() == null) {
            throw new CasoRechazadoException("error.api.sinArea", List.of());
        }
        NuevaPeticion nueva = validacion.validar(caso, MedioCaptacion.TELEFONO, cuenta.getAreaDac().getClave());
        OffsetDateTime ahora = OffsetDateTime.now(reloj);
        Peticion peticion = registro.registrar(nueva, actor);
        IngresoApi ingreso = new IngresoApi(actor.nombreUsuario(), clave, huella, peticion, ahora);
        em.persist(ingreso);
        return resultado(ingreso, true);
    }

    /** The state of a case this account sent; nothing for any other folio. */
    public Optional<Resultado> estado(String folio) {
        Actor actor = Actor.de(contexto);
        return em.createNamedQuery("IngresoApi.dePeticion", IngresoApi.class).setParameter("cuenta", actor.nombreUsuario())
                .setParameter("folio", folio == null ? "" : folio.trim()).getResultStream().findFirst()
                .map(i -> resultado(i, false));
    }

    private static Resultado resultado(IngresoApi ingreso, boolean nuevo) {
        Peticion p = ingreso.getPeticion();
        return new Resultado(p.getFolio(), Textos.etiqueta(p.getEstado()), p.getTipo() == null ? null
                : Textos.etiqueta(p.getTipo()), p.getFechaLimite(), ingreso.getRecibidoEn()
                .atZoneSameInstant(Tiempo.ZONA_MEXICO).toOffsetDateTime(), nuevo);
    }
}
