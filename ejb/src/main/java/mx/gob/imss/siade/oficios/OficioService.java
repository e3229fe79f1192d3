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
import java.util.List;
import java.util.Map;
import mx.gob.imss.siade.bitacora.BitacoraRepository;
import mx.gob.imss.siade.bitacora.EventoBitacora;
import mx.gob.imss.siade.bitacora.TipoEventoBitacora;
import mx.gob.imss.siade.infra.Textos;
import mx.gob.imss.siade.peticion.Folio;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.peticion.PeticionNoEncontradaException;
import mx.gob.imss.siade.peticion.PeticionRepository;
import mx.gob.imss.siade.seguridad.Actor;
import mx.gob.imss.siade.seguridad.Roles;
import mx.gob.imss.siade.seguridad.PoliticaAcceso;
import mx.gob.imss.siade.seguridad.AccionCaso;

/**
 * Oficios of a case: drafted from the editable templates (numbered, rendered to PDF, filed) and
 * marked sent. Rúbricas and signatures come with the signing capability.
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
    private Clock reloj;

    /** The kinds of oficio staff can draft by hand (the others come from their workflow steps). */
    public List<TipoOficio> tiposRedactables() {
        return List.of(TipoOficio.CONCLUSION, TipoOficio.SOLICITUD_DATOS, TipoOficio.NOTIFICACION);
    }

    public Oficio redactar(String folio, TipoOficio tipo, String destinatario) {
        Peticion peticion = peticiones.porFolio(Folio.de(folio)).orElseThrow(() -> new PeticionNoEncontradaException(folio));
        politica.exigir(Actor.de(contexto), peticion, AccionCaso.REDACTAR_OFICIO);
        return redaccion.redactar(peticion, tipo, destinatario, Map.of(), Actor.de(contexto), OffsetDateTime.now(reloj));
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
