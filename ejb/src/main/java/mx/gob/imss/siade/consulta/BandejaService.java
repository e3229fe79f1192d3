package mx.gob.imss.siade.consulta;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import mx.gob.imss.siade.personas.Nss;
import mx.gob.imss.siade.personas.PersonaUsuaria;
import mx.gob.imss.siade.personas.PersonaUsuariaRepository;
import mx.gob.imss.siade.plazos.CalendarioHabil;
import mx.gob.imss.siade.plazos.CalendarioRepository;
import mx.gob.imss.siade.plazos.Semaforo;
import mx.gob.imss.siade.seguridad.Actor;
import mx.gob.imss.siade.seguridad.CifradoDatosPersonales;
import mx.gob.imss.siade.seguridad.PoliticaAcceso;
import mx.gob.imss.siade.seguridad.Roles;
import mx.gob.imss.siade.seguridad.UsuarioRepository;

/**
 * The Bandeja (worklist). Staff of an área see only the petitions their área received; division
 * heads, the legal team and administradores see all and may filter by área.
 */
@Stateless
@RolesAllowed({Roles.CONSULTOR, Roles.SUPERVISOR, Roles.JEFE_AREA, Roles.TITULAR_DAC, Roles.TITULAR_CAO,
        Roles.CORRESPONDENCIA, Roles.JURIDICO, Roles.ADMIN})
public class BandejaService {

    public static final int TAMANO_MAXIMO_PAGINA = 200;

    /** Cases one action over a whole filter takes at most (a bulk reassignment). */
    public static final int MAXIMO_PARA_ACCION = 500;

    @Resource
    private SessionContext contexto;

    @Inject
    private BandejaRepository repositorio;

    @Inject
    private mx.gob.imss.siade.seguridad.PoliticaAcceso politica;

    @Inject
    private UsuarioRepository usuarios;

    @Inject
    private PersonaUsuariaRepository personas;

    @Inject
    private CifradoDatosPersonales cifrado;

    @Inject
    private CalendarioRepository calendarios;

    @Inject
    private Clock reloj;

    public PaginaBandeja buscar(FiltroBandeja filtro, int primero, int tamano, String ordenarPor, boolean ascendente) {
        return leer(filtro, primero, Math.max(1, Math.min(tamano, TAMANO_MAXIMO_PAGINA)), ordenarPor, ascendente, true);
    }

    /**
     * Up to {@code maximo} (at most {@link #MAXIMO_PARA_ACCION}) cases of the filter, oldest reception first,
     * under the same área and confidentiality rules as the list: to act on all of them at once (a bulk
     * reassignment of an absent consultor's cases or of the last guard's).
     */
    public List<FilaBandeja> todas(FiltroBandeja filtro, int maximo) {
        return leer(filtro, 0, Math.max(1, Math.min(maximo, MAXIMO_PARA_ACCION)), "fechaRecepcion", true, false).filas();
    }

    private BandejaRepository.Confidencialidades confidencialidad() {
        return BandejaRepository.Confidencialidades.de(Actor.de(contexto), politica);
    }

    private PaginaBandeja leer(FiltroBandeja filtro, int primero, int tamanoValido, String ordenarPor,
                               boolean ascendente, boolean conTotal) {
        FiltroBandeja efectivo = restringirArea(filtro == null ? FiltroBandeja.vacio() : filtro);
        List<Long> personasDelNss = null;
        if (efectivo.nss() != null && !efectivo.nss().isBlank()) {
            personasDelNss = personas.idsPorHuellaNss(PersonaUsuaria.huellaNss(Nss.de(efectivo.nss()), cifrado));
            if (personasDelNss.isEmpty()) {
                return new PaginaBandeja(List.of(), 0);
            }
        }
        BandejaRepository.Confidencialidades confidencialidad = confidencialidad();
        List<FilaBandeja> filas = repositorio.pagina(efectivo, personasDelNss, Math.max(0, primero), tamanoValido,
                OrdenBandeja.de(ordenarPor), ascendente, confidencialidad);
        long total = !conTotal || filas.size() < tamanoValido && primero == 0 ? filas.size()
                : repositorio.contar(efectivo, personasDelNss, confidencialidad);
        LocalDate hoy = LocalDate.now(reloj);
        CalendarioHabil calendario = calendarios.calendario(hoy);
        List<FilaBandeja> conSemaforo = filas.stream()
                .map(f -> f.conSemaforo(f.estado().esPendiente()
                        ? Semaforo.de(f.limiteVigente(), hoy, calendario) : Semaforo.SIN_PLAZO))
                .toList();
        return new PaginaBandeja(conSemaforo, total);
    }

    /** Whether the caller sees every área's petitions (and so may filter by área). */
    public boolean veTodasLasAreas() {
        return veTodas(Actor.de(contexto));
    }

    private static boolean veTodas(Actor actor) {
        return PoliticaAcceso.leeTodasLasAreas(actor.roles());
    }

    private FiltroBandeja restringirArea(FiltroBandeja filtro) {
        Actor actor = Actor.de(contexto);
        if (veTodas(actor)) {
            return filtro;
        }
        // A user without área (or unknown) sees nothing rather than everything.
        Long area = usuarios.areaDe(actor.nombreUsuario()).orElse(-1L);
        return filtro.conArea(area);
    }
}
