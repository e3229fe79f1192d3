package mx.gob.imss.siade.supervision;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.gob.imss.siade.catalogos.AreaDac;
import mx.gob.imss.siade.catalogos.CatalogoRepository;
import mx.gob.imss.siade.infra.ReglaNegocioException;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.plazos.CalendarioRepository;
import mx.gob.imss.siade.seguridad.Actor;
import mx.gob.imss.siade.seguridad.Rol;
import mx.gob.imss.siade.seguridad.Roles;
import mx.gob.imss.siade.seguridad.Usuario;
import mx.gob.imss.siade.seguridad.UsuarioRepository;

/**
 * A supervisor reassigns many cases in one step, with one reason: those chosen in the Bandeja, all the
 * open cases of an absent consultor, or the cases received in the last guard shift (5.49). Each case is
 * its own transaction with its bitácora entry ({@link ReasignacionDeCaso}); a case changed meanwhile by
 * someone else, or one the rules refuse, is reported and left as it was, never overwritten.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.JEFE_AREA})
public class ReasignacionMasivaService {

    /** Cases per step: enough for an absent consultor's tray, bounded so one click cannot run for long. */
    public static final int MAXIMO_CASOS = mx.gob.imss.siade.consulta.BandejaService.MAXIMO_PARA_ACCION;

    @Resource
    private SessionContext contexto;

    @EJB
    private ReasignacionDeCaso caso;

    @Inject
    private UsuarioRepository usuarios;

    @Inject
    private CatalogoRepository catalogos;

    @Inject
    private CalendarioRepository calendarios;

    @Inject
    private Clock reloj;

    @Inject
    private mx.gob.imss.siade.plazos.TurnoDiurno turnoDiurno;

    /**
     * Reassigns each case to {@code consultor} of its área, or turns it to área {@code areaDestinoId} (to
     * {@code consultor} there, or to its consultor with the fewest open cases when none is named).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ResultadoReasignacion reasignar(List<CasoVisto> casos, Long areaDestinoId, String consultor, String motivo) {
        if (casos == null || casos.isEmpty()) {
            throw new ReasignacionRechazadaException("error.reasignacion.sinCasos");
        }
        if (casos.size() > MAXIMO_CASOS) {
            throw new ReasignacionRechazadaException("error.reasignacion.demasiados", casos.size(), MAXIMO_CASOS);
        }
        if (motivo == null || motivo.isBlank()) {
            throw new ReasignacionRechazadaException("error.reasignacion.sinMotivo");
        }
        if ((consultor == null || consultor.isBlank()) && (areaDestinoId == null || areaDestinoId.equals(miArea()))) {
            throw new ReasignacionRechazadaException("error.reasignacion.sinDestino");
        }
        Map<String, CasoVisto> unicos = new LinkedHashMap<>();
        casos.forEach(c -> unicos.putIfAbsent(c.folio(), c));
        List<String> hechos = new ArrayList<>();
        List<ConflictoReasignacion> conflictos = new ArrayList<>();
        for (CasoVisto visto : unicos.values()) {
            try {
                caso.reasignar(visto, areaDestinoId, consultor, motivo);
                hechos.add(visto.folio());
            } catch (ReglaNegocioException e) {
                conflictos.add(new ConflictoReasignacion(visto.folio(), e.clave(),
                        Arrays.stream(e.argumentos()).map(String::valueOf).toList()));
            } catch (EJBException e) {
                // Changed by someone else between the read and the commit (its version): the same report.
                conflictos.add(new ConflictoReasignacion(visto.folio(), "error.peticion.modificada",
                        List.of(visto.folio())));
            }
        }
        return new ResultadoReasignacion(hechos, conflictos);
    }

    /** The active consultores of the caller's área (to take cases, or whose cases to give away). */
    public List<Usuario> consultoresDeMiArea() {
        Long area = miArea();
        return catalogos.porId(AreaDac.class, area).map(a -> usuarios.activosConRol(a, Rol.CONSULTOR)).orElse(List.of());
    }

    /** The active consultores of an área the cases may be turned to. */
    public List<Usuario> consultoresDe(Long areaId) {
        return catalogos.porId(AreaDac.class, areaId).filter(AreaDac::isActivo)
                .map(a -> usuarios.activosConRol(a, Rol.CONSULTOR)).orElse(List.of());
    }

    /** The áreas a case may be turned to. */
    public List<AreaDac> areas() {
        return catalogos.areasDac();
    }

    public Long miArea() {
        return usuarios.areaDe(Actor.de(contexto).nombreUsuario()).orElse(-1L);
    }

    /** The last guard shift (night, weekend, holiday) as of now: its cases are reassigned on the next business day. */
    public Guardia ultimaGuardia() {
        ZonedDateTime ahora = ZonedDateTime.now(reloj).withZoneSameInstant(Tiempo.ZONA_MEXICO);
        return Guardia.anterior(ahora, calendarios.calendario(ahora.toLocalDate()), turnoDiurno.inicio(),
                turnoDiurno.fin());
    }
}
