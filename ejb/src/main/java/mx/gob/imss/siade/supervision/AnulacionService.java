package mx.gob.imss.siade.supervision;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import mx.gob.imss.siade.bitacora.BitacoraRepository;
import mx.gob.imss.siade.bitacora.EventoBitacora;
import mx.gob.imss.siade.bitacora.TipoEventoBitacora;
import mx.gob.imss.siade.infra.LongitudTexto;
import mx.gob.imss.siade.infra.Textos;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.peticion.EstadoPeticion;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.peticion.PeticionRepository;
import mx.gob.imss.siade.seguridad.AccionCaso;
import mx.gob.imss.siade.seguridad.Actor;
import mx.gob.imss.siade.seguridad.PoliticaAcceso;
import mx.gob.imss.siade.seguridad.Roles;
import mx.gob.imss.siade.seguridad.UsuarioRepository;

/**
 * Anulación of a registration made by mistake (a duplicate, a letter that was not a petición): the jefe
 * de área of the case's área, with a mandatory reason, only while the case was never derived and has no
 * oficio. The petición is never deleted and its folio never given again (folios come from a sequence):
 * it stays as ANULADA with who, when and why, in the Bandeja, the Expediente and the report of anulaciones.
 */
@Stateless
public class AnulacionService {

    @Resource
    private SessionContext contexto;

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Inject
    private PeticionRepository peticiones;

    @Inject
    private PoliticaAcceso politica;

    @Inject
    private BitacoraRepository bitacora;

    @Inject
    private UsuarioRepository usuarios;

    @Inject
    private Clock reloj;

    @RolesAllowed(Roles.JEFE_AREA)
    public Peticion anular(String folio, String motivo, long versionVista) {
        Actor actor = Actor.de(contexto);
        Peticion peticion = peticiones.paraCambiar(folio, versionVista);
        politica.exigir(actor, peticion, AccionCaso.ANULAR);
        if (motivo == null || motivo.isBlank()) {
            throw new ReasignacionRechazadaException("error.anulacion.sinMotivo", peticion.getFolio());
        }
        if (contar("SELECT COUNT(d) FROM Derivacion d WHERE d.peticion = :p", peticion) > 0) {
            throw new ReasignacionRechazadaException("error.anulacion.derivada", peticion.getFolio());
        }
        if (contar("SELECT COUNT(o) FROM Oficio o WHERE o.peticion = :p", peticion) > 0) {
            throw new ReasignacionRechazadaException("error.anulacion.conOficio", peticion.getFolio());
        }
        String razon = LongitudTexto.exigir("Motivo", motivo.trim(), LongitudTexto.MEDIANO);
        OffsetDateTime ahora = OffsetDateTime.now(reloj);
        EstadoPeticion anterior = peticion.anular(actor.nombreUsuario(), razon, ahora, actor.roles());
        bitacora.registrar(new EventoBitacora(peticion, ahora, actor.nombreUsuario(), TipoEventoBitacora.ANULACION,
                Textos.de("bitacora.anulacion", razon), anterior, peticion.getEstado()));
        peticiones.sincronizar();
        return peticion;
    }

    /**
     * The report of anulaciones made in [desde, hasta] (Mexico City dates, inclusive): of the caller's área,
     * or of every área for those who read them all; reservado cases only for the titulares and those named.
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.JEFE_AREA, Roles.TITULAR_DAC, Roles.TITULAR_CAO, Roles.JURIDICO, Roles.ADMIN})
    public List<Anulacion> anulaciones(LocalDate desde, LocalDate hasta) {
        Actor actor = Actor.de(contexto);
        boolean todas = PoliticaAcceso.leeTodasLasAreas(actor.roles());
        Long area = todas ? null : usuarios.areaDe(actor.nombreUsuario()).orElse(-1L);
        jakarta.persistence.TypedQuery<Peticion> consulta = em.createQuery("SELECT p FROM Peticion p WHERE"
                + " p.estado = :anulada AND p.anuladaEn >= :desde AND p.anuladaEn < :hasta"
                + (todas ? "" : " AND p.areaDac.id = :area") + " ORDER BY p.anuladaEn, p.id", Peticion.class);
        if (!todas) {
            consulta.setParameter("area", area);
        }
        return consulta.setParameter("anulada", EstadoPeticion.ANULADA)
                .setParameter("desde", desde.atStartOfDay(Tiempo.ZONA_MEXICO).toOffsetDateTime())
                .setParameter("hasta", hasta.plusDays(1).atStartOfDay(Tiempo.ZONA_MEXICO).toOffsetDateTime())
                .setHint("eclipselink.left-join-fetch", "p.areaDac")
                .getResultStream()
                .filter(p -> PoliticaAcceso.confidencialidadPermite(actor, p))
                .map(p -> new Anulacion(p.getFolio(), p.getAreaDac().getNombre(), p.getFechaRecepcion(),
                        p.getAsunto(), p.getAnuladaEn(), p.getAnuladaPor(), nombreDe(p.getAnuladaPor()),
                        p.getMotivoAnulacion()))
                .toList();
    }

    private String nombreDe(String usuario) {
        return usuarios.porNombreUsuario(usuario).map(u -> u.getNombreCompleto()).orElse(usuario);
    }

    private long contar(String jpql, Peticion peticion) {
        return em.createQuery(jpql, Long.class).setParameter("p", peticion).getSingleResult();
    }
}
