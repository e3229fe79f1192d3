package mx.gob.imss.siade.firma;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import mx.gob.imss.siade.infra.LongitudTexto;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.seguridad.Actor;
import mx.gob.imss.siade.seguridad.PoliticaAcceso;
import mx.gob.imss.siade.seguridad.Rol;
import mx.gob.imss.siade.seguridad.Roles;
import mx.gob.imss.siade.seguridad.Usuario;
import mx.gob.imss.siade.seguridad.UsuarioRepository;

/**
 * Absences of the titulares (5.70). A titular records their own; the administrador records anyone's.
 * The suplente is a titular, jefe de área or supervisor; two absences of one titular never overlap.
 */
@Stateless
@RolesAllowed({Roles.TITULAR_DAC, Roles.TITULAR_CAO, Roles.ADMIN, Roles.JEFE_AREA, Roles.SUPERVISOR})
public class AusenciaService {

    private static final Logger LOG = Logger.getLogger(AusenciaService.class.getName());

    @Resource
    private SessionContext contexto;

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Inject
    private UsuarioRepository usuarios;

    @Inject
    private Clock reloj;

    @RolesAllowed({Roles.TITULAR_DAC, Roles.TITULAR_CAO, Roles.ADMIN})
    public Ausencia registrar(String titular, String suplente, LocalDate desde, LocalDate hasta, String motivo) {
        Actor actor = Actor.de(contexto);
        if (!actor.tiene(Rol.ADMIN) && !actor.nombreUsuario().equals(titular)) {
            throw new FirmaRechazadaException("error.ausencia.soloPropia");
        }
        Usuario deQuien = usuarios.porNombreUsuario(titular).filter(u -> u.isActivo() && esTitular(u))
                .orElseThrow(() -> new FirmaRechazadaException("error.ausencia.noEsTitular", titular));
        Usuario quienFirma = usuarios.porNombreUsuario(suplente).filter(Usuario::isActivo)
                .filter(u -> u.getRoles().stream().anyMatch(PoliticaAcceso.FIRMAN::contains))
                .orElseThrow(() -> new FirmaRechazadaException("error.ausencia.suplenteInvalido", suplente));
        String texto = motivo == null || motivo.isBlank() ? null : LongitudTexto.exigir("motivo", motivo.trim(), 300);
        // The titular's row locked: two absences recorded at once are checked one after the other.
        em.find(Usuario.class, deQuien.getId(), LockModeType.PESSIMISTIC_WRITE);
        Ausencia nueva = new Ausencia(deQuien, quienFirma, desde, hasta, texto, actor.nombreUsuario(),
                OffsetDateTime.now(reloj));
        for (Ausencia otra : deTitular(deQuien)) {
            if (nueva.seTraslapaCon(otra)) {
                throw new FirmaRechazadaException("error.ausencia.traslape", mx.gob.imss.siade.infra.Textos.fecha(otra.getDesde()),
                        mx.gob.imss.siade.infra.Textos.fecha(otra.getHasta()));
            }
        }
        em.persist(nueva);
        LOG.info(() -> "Ausencia de " + titular + " del " + desde + " al " + hasta + "; firma " + suplente);
        return nueva;
    }

    @RolesAllowed({Roles.TITULAR_DAC, Roles.TITULAR_CAO, Roles.ADMIN})
    public void cancelar(long id) {
        Actor actor = Actor.de(contexto);
        Ausencia ausencia = em.find(Ausencia.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (ausencia == null) {
            return;
        }
        if (!actor.tiene(Rol.ADMIN) && !actor.nombreUsuario().equals(ausencia.getTitular().getNombreUsuario())) {
            throw new FirmaRechazadaException("error.ausencia.soloPropia");
        }
        ausencia.cancelar();
    }

    /** Absences that end today or later: the titular's own, or everyone's for the administrador. */
    public List<Ausencia> vigentesYProximas() {
        Actor actor = Actor.de(contexto);
        LocalDate hoy = LocalDate.now(reloj.withZone(Tiempo.ZONA_MEXICO));
        return em.createNamedQuery("Ausencia.recientes", Ausencia.class).setParameter("desde", hoy.minusDays(30))
                .getResultList().stream()
                .filter(a -> actor.tiene(Rol.ADMIN) || a.getTitular().getNombreUsuario().equals(actor.nombreUsuario())
                        || a.getSuplente().getNombreUsuario().equals(actor.nombreUsuario()))
                .toList();
    }

    /** Who may be named suplente: active titulares, jefes de área and supervisors, by name. */
    public List<Usuario> posiblesSuplentes() {
        return usuarios.activos().stream().filter(u -> u.getRoles().stream().anyMatch(PoliticaAcceso.FIRMAN::contains))
                .toList();
    }

    /** The titulares an absence can be recorded for (the caller alone, unless administrador). */
    public List<Usuario> titulares() {
        Actor actor = Actor.de(contexto);
        return usuarios.activos().stream().filter(AusenciaService::esTitular)
                .filter(u -> actor.tiene(Rol.ADMIN) || u.getNombreUsuario().equals(actor.nombreUsuario())).toList();
    }

    private List<Ausencia> deTitular(Usuario titular) {
        return em.createNamedQuery("Ausencia.deTitular", Ausencia.class).setParameter("titular", titular).getResultList();
    }

    /** The absence of {@code titular} in force on {@code dia}, if any (used by the portafirmas and signing). */
    static Optional<Ausencia> vigente(EntityManager em, Usuario titular, LocalDate dia) {
        return em.createNamedQuery("Ausencia.deTitular", Ausencia.class).setParameter("titular", titular).getResultList()
                .stream().filter(a -> a.cubre(dia)).findFirst();
    }

    /** The absence during which {@code suplente} signs for {@code titular} on {@code dia}, if any. */
    static Optional<Ausencia> suplencia(EntityManager em, Usuario titular, Usuario suplente, LocalDate dia) {
        return vigente(em, titular, dia).filter(a -> a.getSuplente().equals(suplente));
    }

    /** The titulares the caller stands in for on {@code dia}. */
    static List<Usuario> suplidosPor(EntityManager em, Usuario suplente, LocalDate dia) {
        return em.createNamedQuery("Ausencia.vigentesDeSuplente", Ausencia.class).setParameter("suplente", suplente)
                .setParameter("hoy", dia).getResultList().stream().map(Ausencia::getTitular).toList();
    }

    private static boolean esTitular(Usuario u) {
        return u.getRoles().contains(Rol.TITULAR_DAC) || u.getRoles().contains(Rol.TITULAR_CAO);
    }
}
