package mx.gob.imss.siade.oficios;

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
import mx.gob.imss.siade.datoscomplementarios.EstadoSolicitud;
import mx.gob.imss.siade.datoscomplementarios.SolicitudDatos;
import mx.gob.imss.siade.derivacion.Derivacion;
import mx.gob.imss.siade.derivacion.DerivacionRepository;
import mx.gob.imss.siade.derivacion.EstadoDerivacion;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.bitacora.BitacoraRepository;
import mx.gob.imss.siade.bitacora.EventoBitacora;
import mx.gob.imss.siade.bitacora.TipoEventoBitacora;
import mx.gob.imss.siade.infra.Textos;
import mx.gob.imss.siade.peticion.Folio;
import mx.gob.imss.siade.peticion.MotivoConclusion;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.peticion.PeticionNoEncontradaException;
import mx.gob.imss.siade.peticion.PeticionRepository;
import mx.gob.imss.siade.seguridad.Actor;
import mx.gob.imss.siade.seguridad.Roles;
import mx.gob.imss.siade.seguridad.PoliticaAcceso;
import mx.gob.imss.siade.seguridad.AccionCaso;

/**
 * Oficios of a case: drafted from the editable templates (numbered, rendered to PDF, filed), only
 * the kinds that fit the case's situation, and marked sent once signed. Rúbricas: {@link RubricaService};
 * signatures: the firma package.
 */
@Stateless
@RolesAllowed({Roles.CORRESPONDENCIA, Roles.CONSULTOR, Roles.SUPERVISOR, Roles.JEFE_AREA})
public class OficioService {

    @Resource
    private SessionContext contexto;

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Inject
    private PoliticaAcceso politica;

    @Inject
    private PeticionRepository peticiones;

    @Inject
    private RedaccionOficio redaccion;

    @Inject
    private BitacoraRepository bitacora;

    @Inject
    private DerivacionRepository derivaciones;

    @Inject
    private Clock reloj;

    /**
     * The oficios that fit this case's situation, the only ones staff may draft by hand: a request of
     * data by post once data were requested; the conclusion for lack of information once a request
     * expired; the notification once the case was derived; the turno to the instancia while its
     * derivation awaits the answer; the answer once an instancia answered.
     */
    public List<TipoOficio> tiposRedactables(String folio) {
        Peticion peticion = peticiones.porFolio(Folio.de(folio)).orElseThrow(() -> new PeticionNoEncontradaException(folio));
        politica.exigir(Actor.de(contexto), peticion, AccionCaso.REDACTAR_OFICIO);
        return tiposPara(peticion, historia(peticion));
    }

    public Oficio redactar(String folio, TipoOficio tipo, String destinatario) {
        Peticion peticion = peticiones.porFolio(Folio.de(folio)).orElseThrow(() -> new PeticionNoEncontradaException(folio));
        politica.exigir(Actor.de(contexto), peticion, AccionCaso.REDACTAR_OFICIO);
        Historia historia = historia(peticion);
        if (!tiposPara(peticion, historia).contains(tipo)) {
            throw OficioNoEnviableException.noAplica(tipo, peticion.getFolio());
        }
        boolean organoNormativo = tipo == TipoOficio.DERIVACION && !historia.derivadas().isEmpty()
                && historia.derivadas().get(historia.derivadas().size() - 1).getInstancia().getTipo()
                == mx.gob.imss.siade.catalogos.TipoInstancia.ORGANO_NORMATIVO;
        String para = destinatario;
        if (tipo == TipoOficio.DERIVACION && (para == null || para.isBlank())) {
            para = historia.derivadas().get(historia.derivadas().size() - 1).getInstancia().getNombre();
        }
        return redaccion.redactar(peticion, tipo, para, camposDelCaso(historia), organoNormativo, Actor.de(contexto),
                OffsetDateTime.now(reloj));
    }

    /** What the case went through that the oficios speak of: its derivations and requests of data, in order. */
    private record Historia(List<Derivacion> derivadas, List<SolicitudDatos> solicitudes) {
    }

    private Historia historia(Peticion peticion) {
        return new Historia(derivaciones.dePeticion(peticion),
                em.createNamedQuery("SolicitudDatos.findByPeticion", SolicitudDatos.class)
                        .setParameter("peticion", peticion).getResultList());
    }

    private static boolean respondida(Derivacion d) {
        return d.getRespuesta() != null && !d.getRespuesta().isBlank();
    }

    private static List<TipoOficio> tiposPara(Peticion peticion, Historia historia) {
        List<TipoOficio> tipos = new java.util.ArrayList<>();
        List<SolicitudDatos> solicitudes = historia.solicitudes();
        if (!solicitudes.isEmpty()) {
            tipos.add(TipoOficio.SOLICITUD_DATOS);
        }
        // Anexo 37 says the data requested did not arrive in time: only once that is so.
        if (peticion.getMotivoConclusion() == MotivoConclusion.FALTA_INFORMACION
                || solicitudes.stream().anyMatch(sd -> sd.getEstado() == EstadoSolicitud.VENCIDA)) {
            tipos.add(TipoOficio.CONCLUSION);
        }
        if (!historia.derivadas().isEmpty()) {
            tipos.add(TipoOficio.NOTIFICACION);
        }
        // The oficio that turns the case to its instancia, while that derivation awaits its answer.
        if (!historia.derivadas().isEmpty()
                && historia.derivadas().get(historia.derivadas().size() - 1).getEstado() == EstadoDerivacion.PENDIENTE) {
            tipos.add(TipoOficio.DERIVACION);
        }
        if (historia.derivadas().stream().anyMatch(OficioService::respondida)) {
            tipos.add(TipoOficio.RESPUESTA);
        }
        return tipos;
    }

    /**
     * The merge fields the case's own history provides for a hand-drafted oficio: the instancia of its
     * latest derivation, and the latest request of data. A template that needs one the case lacks is
     * refused naming the field.
     */
    private static Map<String, Object> camposDelCaso(Historia historia) {
        Map<String, Object> campos = new HashMap<>();
        List<Derivacion> derivadas = historia.derivadas();
        if (!derivadas.isEmpty()) {
            campos.put("instancia", derivadas.get(derivadas.size() - 1).getInstancia().getNombre());
        }
        // The answer given: the accepted one if there is, else the latest received.
        derivadas.stream().filter(OficioService::respondida)
                .reduce((primera, siguiente) -> primera.getEstado() == EstadoDerivacion.ACEPTADA ? primera : siguiente)
                .ifPresent(d -> {
                    campos.put("respuesta", d.getRespuesta());
                    campos.put("instancia", d.getInstancia().getNombre());
                });
        List<SolicitudDatos> solicitudes = historia.solicitudes();
        if (!solicitudes.isEmpty()) {
            SolicitudDatos ultima = solicitudes.get(solicitudes.size() - 1);
            campos.put("datosSolicitados", ultima.getDatosSolicitados());
            campos.put("fechaSolicitud", Textos.fechaLarga(ultima.getFechaEnvio().atZoneSameInstant(Tiempo.ZONA_MEXICO)
                    .toLocalDate()));
            campos.put("fechaLimite", Textos.fechaLarga(ultima.getFechaLimite().atZoneSameInstant(Tiempo.ZONA_MEXICO)
                    .toLocalDate()));
        }
        return campos;
    }

    public Oficio marcarEnviado(long idOficio) {
        Actor actor = Actor.de(contexto);
        Oficio oficio = em.find(Oficio.class, idOficio);
        if (oficio == null) {
            throw new PeticionNoEncontradaException(String.valueOf(idOficio));
        }
        politica.exigir(actor, oficio.getPeticion(), AccionCaso.ENVIAR_OFICIO);
        oficio.marcarEnviado();
        bitacora.registrar(new EventoBitacora(oficio.getPeticion(), OffsetDateTime.now(reloj), actor.nombreUsuario(),
                TipoEventoBitacora.OFICIO, Textos.de("bitacora.oficioEnviado", oficio.getFolioOficio(),
                        oficio.getDestinatario()), null, null));
        return oficio;
    }
}
