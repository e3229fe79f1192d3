package mx.gob.imss.siade.gestion;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.gob.imss.siade.bitacora.BitacoraRepository;
import mx.gob.imss.siade.bitacora.EventoBitacora;
import mx.gob.imss.siade.bitacora.TipoEventoBitacora;
import mx.gob.imss.siade.infra.LongitudTexto;
import mx.gob.imss.siade.infra.Textos;
import mx.gob.imss.siade.notificaciones.BandejaSalida;
import mx.gob.imss.siade.personas.DatosPersonales;
import mx.gob.imss.siade.peticion.EnlaceConsulta;
import mx.gob.imss.siade.peticion.EstadoPeticion;
import mx.gob.imss.siade.peticion.EventosPeticion;
import mx.gob.imss.siade.peticion.MotivoConclusion;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.peticion.PeticionRepository;
import mx.gob.imss.siade.peticion.TransicionPeticion;
import mx.gob.imss.siade.seguridad.AccionCaso;
import mx.gob.imss.siade.seguridad.Actor;
import mx.gob.imss.siade.seguridad.CifradoDatosPersonales;
import mx.gob.imss.siade.seguridad.PoliticaAcceso;
import mx.gob.imss.siade.seguridad.Roles;

/**
 * The end of a Gestión case (act. 32–34, 5.30), in one transaction: the call that informs the persona
 * usuaria of the área's answer is recorded, an open escalation level is closed with that answer as
 * its solution, the case is concluded as attended, and when she has an email the conclusion is sent
 * with the link to the satisfaction survey of her status page; the instancia that remitted the case, if
 * any, is told by email too (act. 32 note).
 */
@Stateless
@RolesAllowed({Roles.CONSULTOR, Roles.SUPERVISOR, Roles.JEFE_AREA})
public class ConclusionGestionService {

    @Resource
    private SessionContext contexto;

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Inject
    private PoliticaAcceso politica;

    @Inject
    private PeticionRepository peticiones;

    @Inject
    private EscalamientosDelCaso escalamientos;

    @Inject
    private CifradoDatosPersonales cifrado;

    @Inject
    private BitacoraRepository bitacora;

    @Inject
    private BandejaSalida bandejaSalida;

    @Inject
    private EnlaceConsulta enlace;

    @Inject
    private Clock reloj;

    public Peticion informarYConcluir(String folio, String numero, String respuesta, long versionVista) {
        Actor actor = Actor.de(contexto);
        Peticion peticion = peticiones.paraCambiar(folio, versionVista);
        politica.exigir(actor, peticion, AccionCaso.INFORMAR_Y_CONCLUIR);
        EscalamientoService.exigirGestionPendiente(peticion);
        String marcado = numero == null ? "" : numero.trim();
        if (!mx.gob.imss.siade.personas.Telefono.valido(marcado)) {
            throw new CasoRechazadoException("error.llamada.numero", List.of());
        }
        if (respuesta == null || respuesta.isBlank()) {
            throw new GestionRechazadaException("error.gestion.sinRespuesta");
        }
        String texto = LongitudTexto.exigir("respuesta", respuesta.trim(), LongitudTexto.MEDIANO);
        OffsetDateTime ahora = OffsetDateTime.now(reloj);
        escalamientos.abierto(peticion).ifPresent(e -> escalamientos.resolver(peticion, e, texto, ahora));
        EstadoPeticion anterior = peticion.concluir(TransicionPeticion.CONCLUIR, MotivoConclusion.ATENDIDA, ahora,
                actor.roles());
        em.persist(new Llamada(peticion, ahora, cifrado.cifrar(marcado), ResultadoLlamada.LOCALIZADA,
                LongitudTexto.exigir("nota", Textos.de("llamada.informe"), LlamadaService.NOTA_MAXIMA),
                actor.nombreUsuario()));
        String descripcion = Textos.de("bitacora.informeConclusion", marcado, texto);
        DatosPersonales datos = peticion.getPersonaUsuaria().datosPersonales(cifrado);
        if (datos.correo() != null) {
            Map<String, Object> campos = new HashMap<>(enlace.campos(peticion));
            campos.put("folio", peticion.getFolio());
            campos.put("asunto", peticion.getAsunto());
            campos.put("destinatario", peticion.getPersonaUsuaria().getNombre());
            campos.put("respuesta", texto);
            campos.put("urlEncuesta", enlace.url(peticion));
            bandejaSalida.encolar(peticion, "CONCLUSION_GESTION", datos.correo(), campos, actor, ahora);
            descripcion += " " + Textos.de("bitacora.informeConclusionCorreo");
        }
        if (peticion.getCorreoInstanciaOrigen() != null) {
            Map<String, Object> campos = new HashMap<>();
            campos.put("folio", peticion.getFolio());
            campos.put("asunto", peticion.getAsunto());
            campos.put("instancia", peticion.getInstanciaOrigen());
            campos.put("respuesta", texto);
            bandejaSalida.encolar(peticion, "CONCLUSION_INSTANCIA", peticion.getCorreoInstanciaOrigen(), campos, actor, ahora);
            descripcion += " " + Textos.de("bitacora.conclusionInstancia", peticion.getInstanciaOrigen(),
                    peticion.getCorreoInstanciaOrigen());
        }
        bitacora.registrar(EventosPeticion.conclusion(peticion, anterior, descripcion, actor, ahora));
        peticiones.sincronizar();
        return peticion;
    }
}
