package mx.gob.imss.siade.peticion;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import mx.gob.imss.siade.bitacora.BitacoraRepository;
import mx.gob.imss.siade.bitacora.EventoBitacora;
import mx.gob.imss.siade.bitacora.TipoEventoBitacora;
import mx.gob.imss.siade.plazos.PlazoService;
import mx.gob.imss.siade.seguridad.Usuario;
import mx.gob.imss.siade.seguridad.Actor;
import mx.gob.imss.siade.seguridad.Roles;
import mx.gob.imss.siade.seguridad.PoliticaAcceso;
import mx.gob.imss.siade.seguridad.AccionCaso;

/**
 * Use cases that move a petición through its life. Each public method is one transaction that
 * changes the petición and writes its bitácora entry; a refusal rolls both back.
 */
@Stateless
public class PeticionService {

    @Resource
    private SessionContext contexto;

    @Inject
    private PoliticaAcceso politica;

    @Inject
    private PeticionRepository peticiones;

    @Inject
    private RegistroPeticion registro;

    @Inject
    private BitacoraRepository bitacora;

    @Inject
    private PlazoService plazos;

    @Inject
    private AsignacionConsultor asignacion;

    @Inject
    private Reasignacion reasignacion;

    @Inject
    private Clock reloj;

    /** Registers a new petición under a new folio and opens its bitácora. */
    @RolesAllowed({Roles.CORRESPONDENCIA, Roles.CONSULTOR, Roles.SUPERVISOR, Roles.JEFE_AREA})
    public Peticion registrar(NuevaPeticion nueva) {
        return registro.registrar(nueva, Actor.de(contexto));
    }

    /** Sets the tipo and the answer deadline of the tipo, counted from the reception (not from today). */
    @RolesAllowed({Roles.CONSULTOR, Roles.SUPERVISOR, Roles.JEFE_AREA})
    public Peticion clasificar(String folio, TipoPeticion tipo, long versionVista) {
        Actor actor = Actor.de(contexto);
        Peticion peticion = peticiones.paraCambiar(folio, versionVista);
        politica.exigir(actor, peticion, AccionCaso.CLASIFICAR);
        OffsetDateTime ahora = OffsetDateTime.now(reloj);
        LocalDate limite = tipo == null ? null : plazos.fechaLimite(tipo, peticion.fechaRecepcionLocal());
        EstadoPeticion anterior = peticion.clasificar(tipo, limite, actor.roles());
        bitacora.registrar(EventosPeticion.clasificacion(peticion, anterior, actor, ahora));
        peticiones.sincronizar();
        return peticion;
    }

    /** Closes the petición with a motivo, e.g. an orientación answered at once (act. 116). */
    @RolesAllowed({Roles.CONSULTOR, Roles.SUPERVISOR, Roles.JEFE_AREA})
    public Peticion concluir(String folio, MotivoConclusion motivo, String nota, long versionVista) {
        Actor actor = Actor.de(contexto);
        Peticion peticion = peticiones.paraCambiar(folio, versionVista);
        politica.exigir(actor, peticion, AccionCaso.CONCLUIR);
        OffsetDateTime ahora = OffsetDateTime.now(reloj);
        EstadoPeticion anterior = peticion.concluir(TransicionPeticion.CONCLUIR, motivo, ahora, actor.roles());
        bitacora.registrar(EventosPeticion.conclusion(peticion, anterior, nota, actor, ahora));
        peticiones.sincronizar();
        return peticion;
    }

    /**
     * The supervisor's review before routing (act. 81-83): responsible área, normativa, trámite and
     * subtrámite, corrected as needed, with the feedback to the consultor in the bitácora.
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.JEFE_AREA})
    public Peticion revisar(String folio, String areaResponsable, String normativa, String tramite, String subtramite,
                            String observaciones, long versionVista) {
        Actor actor = Actor.de(contexto);
        Peticion peticion = peticiones.paraCambiar(folio, versionVista);
        politica.exigir(actor, peticion, AccionCaso.REVISAR);
        if (!peticion.getEstado().esPendiente()) {
            throw TransicionNoPermitidaException.porEstado(peticion.getFolio(), peticion.getEstado(),
                    TransicionPeticion.DERIVAR);
        }
        peticion.describirAtencion(limpio(areaResponsable), limpio(normativa), limpio(tramite), limpio(subtramite));
        bitacora.registrar(EventosPeticion.revision(peticion, observaciones, actor, OffsetDateTime.now(reloj)));
        peticiones.sincronizar();
        return peticion;
    }

    private static String limpio(String texto) {
        return texto == null || texto.isBlank() ? null : texto.trim();
    }

    /**
     * A follow-up note (a call, an email, a conversation with the responsible office, act. 118):
     * recorded in the bitácora, the petición unchanged.
     */
    @RolesAllowed({Roles.CONSULTOR, Roles.SUPERVISOR, Roles.JEFE_AREA, Roles.CORRESPONDENCIA})
    public void anotar(String folio, String nota) {
        Actor actor = Actor.de(contexto);
        Peticion peticion = peticiones.porFolio(Folio.de(folio)).orElseThrow(() -> new PeticionNoEncontradaException(folio));
        politica.exigir(actor, peticion, AccionCaso.ANOTAR);
        if (nota == null || nota.isBlank()) {
            throw TransicionNoPermitidaException.porDatos("error.peticion.notaVacia", peticion.getFolio());
        }
        bitacora.registrar(new EventoBitacora(peticion, OffsetDateTime.now(reloj), actor.nombreUsuario(),
                TipoEventoBitacora.NOTA, nota.trim(), null, null));
    }

    /** The consultores the case may be given to: the active ones of its área. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.JEFE_AREA})
    public List<Usuario> consultoresAsignables(String folio) {
        Peticion peticion = peticiones.porFolio(Folio.de(folio)).orElseThrow(() -> new PeticionNoEncontradaException(folio));
        politica.exigir(Actor.de(contexto), peticion, AccionCaso.REASIGNAR);
        return asignacion.consultoresDe(peticion.getAreaDac());
    }

    /**
     * Gives the case to another consultor of its área, with the reason, in one transaction with its
     * bitácora entry. A case changed meanwhile by someone else is refused (its version).
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.JEFE_AREA})
    public Peticion reasignar(String folio, String nombreUsuario, String motivo, long versionVista) {
        Peticion peticion = peticiones.paraCambiar(folio, versionVista);
        reasignacion.aplicar(Actor.de(contexto), peticion, null, nombreUsuario, motivo, OffsetDateTime.now(reloj));
        peticiones.sincronizar();
        return peticion;
    }

    /** The moves the caller may make now on this petición, for the screen's buttons. */
    @RolesAllowed({Roles.CONSULTOR, Roles.SUPERVISOR, Roles.JEFE_AREA, Roles.TITULAR_DAC, Roles.TITULAR_CAO,
            Roles.CORRESPONDENCIA, Roles.JURIDICO, Roles.ADMIN})
    public Set<TransicionPeticion> transicionesDisponibles(EstadoPeticion estado) {
        return TransicionPeticion.disponibles(estado, Actor.de(contexto).roles());
    }
}
