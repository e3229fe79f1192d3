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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mx.gob.imss.siade.catalogos.CatalogoRepository;
import mx.gob.imss.siade.catalogos.Ooad;
import mx.gob.imss.siade.catalogos.Umae;
import mx.gob.imss.siade.documentos.Digitalizacion;
import mx.gob.imss.siade.infra.ReglaNegocioException;
import mx.gob.imss.siade.infra.Textos;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.personas.Curp;
import mx.gob.imss.siade.personas.DatosPersonales;
import mx.gob.imss.siade.personas.Nss;
import mx.gob.imss.siade.personas.TipoPersonaUsuaria;
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
    private CatalogoRepository catalogos;

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
        NuevaPeticion nueva = validar(caso, cuenta);
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

    private NuevaPeticion validar(CasoEntrante caso, Usuario cuenta) {
        List<CasoRechazadoException.Error> errores = new ArrayList<>();
        if (caso == null) {
            throw new CasoRechazadoException("error.api.sinCuerpo", List.of());
        }
        TipoPersonaUsuaria tipo = TipoPersonaUsuaria.DERECHOHABIENTE;
        if (caso.tipoPersona() != null && !caso.tipoPersona().isBlank()) {
            try {
                tipo = TipoPersonaUsuaria.valueOf(caso.tipoPersona().trim());
            } catch (IllegalArgumentException e) {
                errores.add(new CasoRechazadoException.Error("tipoPersona", Textos.de("api.tipoPersona")));
            }
        }
        String nombre = texto(caso.nombre());
        if (nombre == null) {
            errores.add(new CasoRechazadoException.Error("nombre", Textos.de("api.requerido")));
        } else if (nombre.length() > 200) {
            errores.add(new CasoRechazadoException.Error("nombre", Textos.de("api.largo", 200)));
        }
        Nss nss = null;
        if (texto(caso.nss()) != null) {
            try {
                nss = Nss.de(caso.nss());
            } catch (ReglaNegocioException e) {
                errores.add(new CasoRechazadoException.Error("nss", Textos.de("api.nss")));
            }
        }
        Curp curp = null;
        if (texto(caso.curp()) != null) {
            try {
                curp = Curp.de(caso.curp());
            } catch (ReglaNegocioException e) {
                errores.add(new CasoRechazadoException.Error("curp", Textos.de("api.curp")));
            }
        }
        String correo = texto(caso.correo());
        if (correo != null && !org.apache.commons.validator.routines.EmailValidator.getInstance().isValid(correo)) {
            errores.add(new CasoRechazadoException.Error("correo", Textos.de("api.correo")));
        }
        String telefono = texto(caso.telefono());
        if (telefono != null && !telefono.matches("[0-9 +()-]{7,20}")) {
            errores.add(new CasoRechazadoException.Error("telefono", Textos.de("api.telefono")));
        }
        if (telefono == null && correo == null) {
            errores.add(new CasoRechazadoException.Error("telefono", Textos.de("api.contacto")));
        }
        String asunto = texto(caso.asunto());
        if (asunto == null) {
            errores.add(new CasoRechazadoException.Error("asunto", Textos.de("api.requerido")));
        } else if (asunto.length() > 300) {
            errores.add(new CasoRechazadoException.Error("asunto", Textos.de("api.largo", 300)));
        }
        String resumen = texto(caso.resumen());
        if (resumen != null && resumen.length() > 4000) {
            errores.add(new CasoRechazadoException.Error("resumen", Textos.de("api.largo", 4000)));
        }
        if (caso.ooadId() != null && catalogos.porId(Ooad.class, caso.ooadId()).isEmpty()) {
            errores.add(new CasoRechazadoException.Error("ooadId", Textos.de("api.ooad")));
        }
        if (caso.umaeId() != null && catalogos.porId(Umae.class, caso.umaeId()).isEmpty()) {
            errores.add(new CasoRechazadoException.Error("umaeId", Textos.de("api.umae")));
        }
        OffsetDateTime ahora = OffsetDateTime.now(reloj);
        if (caso.fechaRecepcion() != null && caso.fechaRecepcion().isAfter(ahora.plusMinutes(5))) {
            errores.add(new CasoRechazadoException.Error("fechaRecepcion", Textos.de("api.fechaFutura")));
        }
        if (!errores.isEmpty()) {
            throw new CasoRechazadoException("error.api.caso", errores);
        }
        DatosPersonales datos = new DatosPersonales(nss, curp, null, telefono, correo, texto(caso.domicilio()));
        return new NuevaPeticion(tipo, nombre, datos, MedioCaptacion.TELEFONO, cuenta.getAreaDac().getClave(),
                caso.ooadId(), caso.umaeId(), asunto, resumen, caso.fechaRecepcion());
    }

    private static String texto(String valor) {
        return valor == null || valor.isBlank() ? null : valor.trim();
    }

    private static Resultado resultado(IngresoApi ingreso, boolean nuevo) {
        Peticion p = ingreso.getPeticion();
        return new Resultado(p.getFolio(), Textos.etiqueta(p.getEstado()), p.getTipo() == null ? null
                : Textos.etiqueta(p.getTipo()), p.getFechaLimite(), ingreso.getRecibidoEn()
                .atZoneSameInstant(Tiempo.ZONA_MEXICO).toOffsetDateTime(), nuevo);
    }
}
