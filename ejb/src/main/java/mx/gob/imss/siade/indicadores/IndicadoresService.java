package mx.gob.imss.siade.indicadores;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import mx.gob.imss.siade.consulta.BandejaRepository;
import mx.gob.imss.siade.seguridad.Actor;
import mx.gob.imss.siade.seguridad.PoliticaAcceso;
import mx.gob.imss.siade.seguridad.Roles;
import mx.gob.imss.siade.seguridad.UsuarioRepository;

/**
 * The indicators of an área for a period: jefes de área and supervisores see their own área; the titulares
 * any área or all of them. Received and concluded figures come from the summaries (a few hundred rows
 * whatever the size of the base); open cases by semáforo are counted under the Bandeja's own rules, so a
 * click on a slice lands on exactly that many cases; open cases per consultor are counted on the open cases.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.JEFE_AREA, Roles.TITULAR_DAC, Roles.TITULAR_CAO})
public class IndicadoresService {

    /** The most months one dashboard or report covers. */
    public static final int MESES_MAXIMOS = 12;

    @Resource
    private SessionContext contexto;

    @Inject
    private UsuarioRepository usuarios;

    @Inject
    private CalculoTablero calculo;

    @Inject
    private PoliticaAcceso politica;

    @Inject
    private ReporteEstadistico reporte;

    @jakarta.ejb.EJB
    private SuscripcionesReporte suscripciones;

    /** Whether the caller may choose the área (titulares) or sees only their own. */
    public boolean eligeArea() {
        return PoliticaAcceso.leeTodasLasAreas(Actor.de(contexto).roles());
    }

    /** The área the caller's figures are of: their own, or the one asked (null: all) for a titular. */
    public Long areaEfectiva(Long pedida) {
        return eligeArea() ? pedida : usuarios.areaDe(Actor.de(contexto).nombreUsuario()).orElse(-1L);
    }

    /**
     * The figures of whole months: from the first day of {@code desde}'s month to the last of {@code hasta}'s
     * (the summaries are kept by month; the report of 5.48 is monthly).
     */
    public Tablero tablero(LocalDate desde, LocalDate hasta, Long areaPedida) {
        validarPeriodo(desde, hasta);
        Actor lector = Actor.de(contexto);
        return calculo.calcular(desde.withDayOfMonth(1), hasta.withDayOfMonth(hasta.lengthOfMonth()),
                areaEfectiva(areaPedida), BandejaRepository.Confidencialidades.de(lector, politica));
    }

    /** The figures as the monthly statistical report's PDF (5.48). */
    public byte[] reportePdf(LocalDate desde, LocalDate hasta, Long areaPedida) {
        return reporte.pdf(tablero(desde, hasta, areaPedida));
    }

    public byte[] reporteXlsx(LocalDate desde, LocalDate hasta, Long areaPedida) {
        return reporte.xlsx(tablero(desde, hasta, areaPedida));
    }

    /** Whether the caller gets the monthly report by email. */
    public boolean recibeReporteMensual() {
        return suscripciones.suscrito(usuarios.de(Actor.de(contexto)).getId());
    }

    /** The monthly report by email on the first business day of each month (to the caller's email). */
    public void recibirReporteMensual(boolean recibir, Long areaPedida) {
        mx.gob.imss.siade.seguridad.Usuario yo = usuarios.de(Actor.de(contexto));
        if (!recibir) {
            suscripciones.cancelar(yo.getId());
            return;
        }
        if (yo.getCorreo() == null || yo.getCorreo().isBlank()) {
            throw new IndicadorRechazadoException("error.indicadores.sinCorreo");
        }
        suscripciones.suscribir(yo.getId(), areaEfectiva(areaPedida));
    }

    static void validarPeriodo(LocalDate desde, LocalDate hasta) {
        if (desde == null || hasta == null || hasta.isBefore(desde)) {
            throw new IndicadorRechazadoException("error.indicadores.periodo");
        }
        if (java.time.temporal.ChronoUnit.MONTHS.between(java.time.YearMonth.from(desde), java.time.YearMonth.from(hasta))
                >= MESES_MAXIMOS) {
            throw new IndicadorRechazadoException("error.indicadores.periodoLargo", MESES_MAXIMOS);
        }
    }
}
