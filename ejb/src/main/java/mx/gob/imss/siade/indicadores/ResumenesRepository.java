package mx.gob.imss.siade.indicadores;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.gob.imss.siade.catalogos.TipoInstancia;
import mx.gob.imss.siade.peticion.EstadoPeticion;
import mx.gob.imss.siade.peticion.MedioCaptacion;
import mx.gob.imss.siade.peticion.TipoPeticion;

/** Reads and writes of the indicators' tables (native SQL: they are summaries, not entities). */
@ApplicationScoped
public class ResumenesRepository {

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    /** Locks the job's row until the end of the transaction: one node at a time applies tasks. */
    public void bloquear() {
        em.createNativeQuery("SELECT ID FROM INDICADOR_ESTADO WHERE ID = 1 FOR UPDATE").getResultList();
    }

    /** The oldest tasks: [task id, petición id]. */
    public List<long[]> tareas(int maximo) {
        List<long[]> tareas = new ArrayList<>();
        for (Object fila : em.createNativeQuery("SELECT ID, PETICION_ID FROM TAREA_INDICADOR ORDER BY ID")
                .setMaxResults(maximo).getResultList()) {
            Object[] f = (Object[]) fila;
            tareas.add(new long[] {((Number) f[0]).longValue(), ((Number) f[1]).longValue()});
        }
        return tareas;
    }

    public void borrarTareas(List<Long> ids) {
        for (int i = 0; i < ids.size(); i += 500) {
            em.createQuery("DELETE FROM TareaIndicador t WHERE t.id IN :ids")
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 500))).executeUpdate();
        }
    }

    public long pendientes() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM TAREA_INDICADOR").getSingleResult()).longValue();
    }

    /** What the indicators read of these cases (absent: deleted), with the instancia of each one's last derivation. */
    public Map<Long, DatosCaso> casos(List<Long> ids) {
        Map<Long, Object[]> ultimas = new HashMap<>();
        for (Object[] d : em.createQuery("SELECT d.peticion.id, d.instancia.id, d.instancia.tipo, d.numero FROM Derivacion d"
                + " WHERE d.peticion.id IN :ids ORDER BY d.peticion.id, d.numero", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            ultimas.put((Long) d[0], d);
        }
        Map<Long, DatosCaso> casos = new HashMap<>();
        for (Object[] p : em.createQuery("SELECT p.id, p.areaDac.id, p.medioCaptacion, p.tipo, o.id, u.id, p.estado,"
                + " p.fechaRecepcion, p.fechaConclusion, p.limiteAlConcluir FROM Peticion p LEFT JOIN p.ooad o"
                + " LEFT JOIN p.umae u WHERE p.id IN :ids", Object[].class).setParameter("ids", ids).getResultList()) {
            Object[] d = ultimas.get((Long) p[0]);
            casos.put((Long) p[0], new DatosCaso((Long) p[0], (Long) p[1], (MedioCaptacion) p[2], (TipoPeticion) p[3],
                    (Long) p[4], (Long) p[5], (EstadoPeticion) p[6], (java.time.OffsetDateTime) p[7],
                    (java.time.OffsetDateTime) p[8], (LocalDate) p[9], d == null ? null : (Long) d[1],
                    d == null ? null : (TipoInstancia) d[2]));
        }
        return casos;
    }

    public Optional<ContribucionCaso> contribucion(long peticionId) {
        List<?> filas = em.createNativeQuery("SELECT AREA_DAC_ID, MEDIO, TIPO, OOAD_ID, UMAE_ID, INSTANCIA_ID, TIPO_INSTANCIA,"
                + " DIA_RECEPCION, DIA_CONCLUSION, DIAS_HABILES, EN_PLAZO, CUENTA FROM INDICADOR_CASO WHERE PETICION_ID = ?")
                .setParameter(1, peticionId).getResultList();
        if (filas.isEmpty()) {
            return Optional.empty();
        }
        Object[] f = (Object[]) filas.get(0);
        return Optional.of(new ContribucionCaso(num(f[0]), (String) f[1], (String) f[2], num(f[3]), num(f[4]), num(f[5]),
                (String) f[6], fecha(f[7]), fecha(f[8]), f[9] == null ? null : ((Number) f[9]).intValue(),
                f[10] == null ? ContribucionCaso.SIN_PLAZO : ((Number) f[10]).intValue(), num(f[11]) == 1));
    }

    public void guardar(long peticionId, ContribucionCaso c, boolean existia) {
        if (existia) {
            em.createNativeQuery("DELETE FROM INDICADOR_CASO WHERE PETICION_ID = ?").setParameter(1, peticionId)
                    .executeUpdate();
        }
        em.createNativeQuery("INSERT INTO INDICADOR_CASO (PETICION_ID, AREA_DAC_ID, MEDIO, TIPO, OOAD_ID, UMAE_ID,"
                        + " INSTANCIA_ID, TIPO_INSTANCIA, DIA_RECEPCION, DIA_CONCLUSION, DIAS_HABILES, EN_PLAZO, CUENTA)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, peticionId).setParameter(2, c.areaDacId()).setParameter(3, c.medio())
                .setParameter(4, c.tipo()).setParameter(5, c.ooadId()).setParameter(6, c.umaeId())
                .setParameter(7, c.instanciaId()).setParameter(8, c.tipoInstancia())
                .setParameter(9, Date.valueOf(c.diaRecepcion()))
                .setParameter(10, c.diaConclusion() == null ? null : Date.valueOf(c.diaConclusion()))
                .setParameter(11, c.diasHabiles()).setParameter(12, c.enPlazo()).setParameter(13, c.cuenta() ? 1 : 0)
                .executeUpdate();
    }

    public void borrar(long peticionId) {
        em.createNativeQuery("DELETE FROM INDICADOR_CASO WHERE PETICION_ID = ?").setParameter(1, peticionId).executeUpdate();
    }

    /** Adds {@code delta} (1 or -1) to the summary row of {@code incremento}, creating it when missing. */
    public void sumar(ContribucionCaso.Incremento incremento, int delta) {
        if (incremento instanceof ContribucionCaso.Diario d) {
            upsert("UPDATE RESUMEN_DIARIO SET CANTIDAD = CANTIDAD + ? WHERE DIA = ?"
                    + " AND AREA_DAC_ID = ? AND MEDIO = ?", "INSERT INTO RESUMEN_DIARIO (CANTIDAD, DIA, AREA_DAC_ID, MEDIO)"
                    + " VALUES (?, ?, ?, ?)", delta, Date.valueOf(d.dia()), d.areaDacId(), d.medio());
        } else if (incremento instanceof ContribucionCaso.Mensual m) {
            upsert("UPDATE RESUMEN_MENSUAL SET CANTIDAD = CANTIDAD + ? WHERE MES = ?"
                    + " AND AREA_DAC_ID = ? AND DIMENSION = ? AND CLAVE = ?", "INSERT INTO RESUMEN_MENSUAL (CANTIDAD, MES,"
                    + " AREA_DAC_ID, DIMENSION, CLAVE) VALUES (?, ?, ?, ?, ?)", delta, Date.valueOf(m.mes()), m.areaDacId(),
                    m.dimension(), m.clave());
        } else if (incremento instanceof ContribucionCaso.Conclusion c) {
            int enPlazo = c.enPlazo() == 1 ? delta : 0;
            int fuera = c.enPlazo() == 0 ? delta : 0;
            int cambiadas = em.createNativeQuery("UPDATE RESUMEN_TIEMPOS SET CANTIDAD = CANTIDAD + ?, EN_PLAZO ="
                            + " EN_PLAZO + ?, FUERA_PLAZO = FUERA_PLAZO + ? WHERE MES = ? AND AREA_DAC_ID = ? AND GRUPO = ?"
                            + " AND CLAVE = ? AND DIAS_HABILES = ?").setParameter(1, delta).setParameter(2, enPlazo)
                    .setParameter(3, fuera).setParameter(4, Date.valueOf(c.mes())).setParameter(5, c.areaDacId())
                    .setParameter(6, c.grupo()).setParameter(7, c.clave()).setParameter(8, c.diasHabiles())
                    .executeUpdate();
            if (cambiadas == 0) {
                em.createNativeQuery("INSERT INTO RESUMEN_TIEMPOS (CANTIDAD, EN_PLAZO, FUERA_PLAZO, MES, AREA_DAC_ID,"
                                + " GRUPO, CLAVE, DIAS_HABILES) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").setParameter(1, delta)
                        .setParameter(2, enPlazo).setParameter(3, fuera).setParameter(4, Date.valueOf(c.mes()))
                        .setParameter(5, c.areaDacId()).setParameter(6, c.grupo()).setParameter(7, c.clave())
                        .setParameter(8, c.diasHabiles()).executeUpdate();
            }
        }
    }

    /** UPDATE adding the first parameter; when no row matched, the INSERT with the same parameters. */
    private void upsert(String actualizar, String insertar, Object... parametros) {
        jakarta.persistence.Query u = em.createNativeQuery(actualizar);
        jakarta.persistence.Query i = em.createNativeQuery(insertar);
        for (int n = 0; n < parametros.length; n++) {
            u.setParameter(n + 1, parametros[n]);
            i.setParameter(n + 1, parametros[n]);
        }
        if (u.executeUpdate() == 0) {
            i.executeUpdate();
        }
    }

    public void marcarActualizado(java.time.OffsetDateTime ahora) {
        em.createNativeQuery("UPDATE INDICADOR_ESTADO SET ACTUALIZADO_EN = ? WHERE ID = 1").setParameter(1, ahora)
                .executeUpdate();
    }

    public java.time.OffsetDateTime actualizadoEn() {
        Object v = em.createNativeQuery("SELECT ACTUALIZADO_EN FROM INDICADOR_ESTADO WHERE ID = 1").getSingleResult();
        return v instanceof java.time.OffsetDateTime o ? o : null;
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static LocalDate fecha(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toLocalDate();
        }
        return ((Date) o).toLocalDate();
    }
}
