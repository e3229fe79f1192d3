package mx.gob.imss.siade.indicadores;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.gob.imss.siade.catalogos.AreaDac;
import mx.gob.imss.siade.catalogos.CatalogoRepository;
import mx.gob.imss.siade.catalogos.Instancia;
import mx.gob.imss.siade.catalogos.Ooad;
import mx.gob.imss.siade.catalogos.Umae;
import mx.gob.imss.siade.consulta.BandejaRepository;
import mx.gob.imss.siade.consulta.FiltroBandeja;
import mx.gob.imss.siade.infra.Textos;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.peticion.EstadoPeticion;
import mx.gob.imss.siade.plazos.Semaforo;

/**
 * Reads the dashboard's figures for an área (or all) and a period: received and concluded from the
 * summaries (a few hundred rows whatever the size of the base), open cases by semáforo counted with the
 * Bandeja's own predicates (a click on a slice lands on exactly that many), open cases per consultor, answers
 * sent back and surveys by period. Who may ask is the caller's business ({@link IndicadoresService}, the
 * monthly mailing).
 */
@ApplicationScoped
public class CalculoTablero {

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Inject
    private CatalogoRepository catalogos;

    @Inject
    private ResumenesRepository resumenes;

    @Inject
    private BandejaRepository bandeja;

    @Inject
    private Clock reloj;

    @Inject
    private mx.gob.imss.siade.plazos.CalendarioRepository calendarios;

    /**
     * @param area            the área, or null for all
     * @param confidencialidad what the reader may count of the open cases (the Bandeja's rule)
     */
    public Tablero calcular(LocalDate desde, LocalDate hasta, Long area,
                            BandejaRepository.Confidencialidades confidencialidad) {
        String nombreArea = area == null ? Textos.de("indicadores.todasLasAreas")
                : catalogos.porId(AreaDac.class, area).map(AreaDac::getNombre).orElse("—");
        // Periods are whole months: [desde, hasta] from the first day of one month to the last of another.
        LocalDate primerMes = desde.withDayOfMonth(1);
        LocalDate ultimoMes = hasta.withDayOfMonth(1);
        List<ArmadoTablero.FilaRecepcion> recepcion = new ArrayList<>();
        String serie = java.time.temporal.ChronoUnit.DAYS.between(desde, hasta) < ArmadoTablero.DIAS_POR_DIA
                ? "SELECT DIA, MEDIO, SUM(CANTIDAD) FROM RESUMEN_DIARIO WHERE DIA BETWEEN ? AND ?" + filtroArea(area)
                        + " GROUP BY DIA, MEDIO"
                : "SELECT MES, CLAVE, SUM(CANTIDAD) FROM RESUMEN_MENSUAL WHERE MES BETWEEN ? AND ?" + filtroArea(area)
                        + " AND DIMENSION = 'MEDIO' GROUP BY MES, CLAVE";
        boolean diaria = serie.contains("RESUMEN_DIARIO");
        for (Object[] f : filas(serie, diaria ? desde : primerMes, diaria ? hasta : ultimoMes, area)) {
            recepcion.add(new ArmadoTablero.FilaRecepcion(fecha(f[0]), (String) f[1], num(f[2])));
        }
        List<Tablero.Cuenta> porTipo = new ArrayList<>();
        for (Object[] f : mensual("TIPO", primerMes, ultimoMes, area)) {
            String tipo = (String) f[0];
            porTipo.add(new Tablero.Cuenta(tipo, ContribucionCaso.SIN_CLASIFICAR.equals(tipo)
                    ? Textos.de("indicadores.sinClasificar") : Textos.de("TipoPeticion." + tipo), num(f[1])));
        }
        Map<Long, String> ooads = new HashMap<>();
        catalogos.ooads().forEach(o -> ooads.put(o.getId(), o.getNombre()));
        Map<Long, String> umaes = new HashMap<>();
        catalogos.umaes().forEach(u -> umaes.put(u.getId(), u.getNombre()));
        List<Tablero.Cuenta> porUbicacion = new ArrayList<>();
        for (Object[] f : mensual("UBICACION", primerMes, ultimoMes, area)) {
            String clave = (String) f[0];
            String nombre = clave.startsWith("OOAD:") ? nombre(ooads, Ooad.class, Long.parseLong(clave.substring(5)))
                    : clave.startsWith("UMAE:") ? nombre(umaes, Umae.class, Long.parseLong(clave.substring(5)))
                    : Textos.de("indicadores.sinUbicacion");
            // Without OOAD/UMAE there is nothing to filter the Bandeja by: no key, no link.
            porUbicacion.add(new Tablero.Cuenta(ContribucionCaso.SIN_UBICACION.equals(clave) ? "" : clave, nombre, num(f[1])));
        }
        List<Tablero.Cuenta> porInstancia = new ArrayList<>();
        for (Object[] f : mensual("INSTANCIA", primerMes, ultimoMes, area)) {
            String clave = (String) f[0];
            if (!"0".equals(clave)) {
                long id = Long.parseLong(clave);
                porInstancia.add(new Tablero.Cuenta(clave, catalogos.porId(Instancia.class, id)
                        .map(Instancia::getNombre).orElse("#" + id), num(f[1])));
            }
        }
        List<ArmadoTablero.FilaConclusion> conclusion = new ArrayList<>();
        for (Object[] f : filas("SELECT GRUPO, CLAVE, DIAS_HABILES, SUM(CANTIDAD), SUM(EN_PLAZO), SUM(FUERA_PLAZO)"
                + " FROM RESUMEN_TIEMPOS WHERE MES BETWEEN ? AND ?" + filtroArea(area)
                + " GROUP BY GRUPO, CLAVE, DIAS_HABILES", primerMes, ultimoMes, area)) {
            conclusion.add(new ArmadoTablero.FilaConclusion((String) f[0], (String) f[1], (int) num(f[2]), num(f[3]),
                    num(f[4]), num(f[5])));
        }
        // One pass over the open cases (by the Bandeja's own predicates), each deadline given its colour by the
        // rule of the row's colour.
        LocalDate hoy = LocalDate.now(reloj);
        mx.gob.imss.siade.plazos.CalendarioHabil calendario = calendarios.calendario(hoy);
        Map<Semaforo, Long> semaforo = new EnumMap<>(Semaforo.class);
        bandeja.contarPorLimite(FiltroBandeja.pendientes(null).conArea(area), confidencialidad).forEach((limite, n) ->
                semaforo.merge(Semaforo.de(limite, hoy, calendario), n, Long::sum));
        return ArmadoTablero.armar(desde, hasta, area, nombreArea, recepcion, porTipo, porUbicacion, porInstancia,
                semaforo, conclusion, rechazadas(desde, hasta, area), carga(area), encuesta(desde, hasta, area),
                resumenes.actualizadoEn());
    }

    private long rechazadas(LocalDate desde, LocalDate hasta, Long area) {
        Query q = em.createNativeQuery("SELECT COUNT(*) FROM BITACORA b JOIN PETICION p ON p.ID = b.PETICION_ID"
                + " WHERE b.TIPO_EVENTO = 'RESPUESTA_RECHAZADA' AND b.FECHA >= ? AND b.FECHA < ?"
                + (area == null ? "" : " AND p.AREA_DAC_ID = ?"));
        q.setParameter(1, inicio(desde)).setParameter(2, inicio(hasta.plusDays(1)));
        if (area != null) {
            q.setParameter(3, area);
        }
        return num(q.getSingleResult());
    }

    private List<Tablero.CargaConsultor> carga(Long area) {
        String abiertas = EstadoPeticion.pendientes().stream().map(e -> "'" + e.name() + "'")
                .collect(java.util.stream.Collectors.joining(", "));
        Query q = em.createNativeQuery("SELECT u.NOMBRE_USUARIO, u.NOMBRE_COMPLETO, COUNT(*), SUM(CASE WHEN"
                + " COALESCE(p.LIMITE_ESCALAMIENTO, p.FECHA_LIMITE) < ? THEN 1 ELSE 0 END) FROM PETICION p"
                + " JOIN USUARIO u ON u.ID = p.CONSULTOR_ID WHERE p.ESTADO IN (" + abiertas + ")"
                + (area == null ? "" : " AND p.AREA_DAC_ID = ?")
                + " GROUP BY u.NOMBRE_USUARIO, u.NOMBRE_COMPLETO ORDER BY 3 DESC, 1");
        q.setParameter(1, Date.valueOf(LocalDate.now(reloj)));
        if (area != null) {
            q.setParameter(2, area);
        }
        List<Tablero.CargaConsultor> carga = new ArrayList<>();
        for (Object fila : q.getResultList()) {
            Object[] f = (Object[]) fila;
            carga.add(new Tablero.CargaConsultor((String) f[0], (String) f[1], num(f[2]), num(f[3])));
        }
        return carga;
    }

    private Map<Integer, Long> encuesta(LocalDate desde, LocalDate hasta, Long area) {
        var q = em.createQuery("SELECT e.calificacion, COUNT(e) FROM EncuestaSatisfaccion e WHERE e.respondidaEn >= :desde"
                + " AND e.respondidaEn < :hasta" + (area == null ? "" : " AND e.peticion.areaDac.id = :area")
                + " GROUP BY e.calificacion", Object[].class)
                .setParameter("desde", inicio(desde)).setParameter("hasta", inicio(hasta.plusDays(1)));
        if (area != null) {
            q.setParameter("area", area);
        }
        Map<Integer, Long> cuentas = new HashMap<>();
        q.getResultStream().forEach(f -> cuentas.put(((Number) f[0]).intValue(), num(f[1])));
        return cuentas;
    }

    private List<Object[]> filas(String sql, LocalDate desde, LocalDate hasta, Long area) {
        Query q = em.createNativeQuery(sql).setParameter(1, Date.valueOf(desde)).setParameter(2, Date.valueOf(hasta));
        if (area != null) {
            q.setParameter(3, area);
        }
        List<Object[]> filas = new ArrayList<>();
        for (Object f : q.getResultList()) {
            filas.add(f instanceof Object[] a ? a : new Object[] {f});
        }
        return filas;
    }

    /** Received in the months [primerMes, ultimoMes] by one attribute, most first. */
    private List<Object[]> mensual(String dimension, LocalDate primerMes, LocalDate ultimoMes, Long area) {
        return filas("SELECT CLAVE, SUM(CANTIDAD) FROM RESUMEN_MENSUAL WHERE MES BETWEEN ? AND ?" + filtroArea(area)
                + " AND DIMENSION = '" + dimension + "' GROUP BY CLAVE ORDER BY 2 DESC, 1", primerMes, ultimoMes, area);
    }

    private static String filtroArea(Long area) {
        return area == null ? "" : " AND AREA_DAC_ID = ?";
    }

    private String nombre(Map<Long, String> activos, Class<?> tipo, long id) {
        String nombre = activos.get(id);
        if (nombre != null) {
            return nombre;
        }
        Object fila = catalogos.porId(tipo, id).orElse(null);
        return fila instanceof Ooad o ? o.getNombre() : fila instanceof Umae u ? u.getNombre() : "#" + id;
    }

    private static java.time.OffsetDateTime inicio(LocalDate dia) {
        return dia.atStartOfDay(Tiempo.ZONA_MEXICO).toOffsetDateTime();
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static LocalDate fecha(Object o) {
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toLocalDate();
        }
        return ((Date) o).toLocalDate();
    }
}
