package mx.gob.imss.siade.indicadores;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import mx.gob.imss.siade.consulta.BandejaRepository;
import mx.gob.imss.siade.infra.Textos;
import mx.gob.imss.siade.notificaciones.BandejaSalida;
import mx.gob.imss.siade.notificaciones.CorreoSaliente;
import mx.gob.imss.siade.seguridad.Actor;
import mx.gob.imss.siade.seguridad.PoliticaAcceso;
import mx.gob.imss.siade.seguridad.Usuario;

/**
 * Who gets the monthly report by email, and sending one: the month is claimed by a conditional update in the
 * same transaction that queues the email (outbox) with the PDF attached, computed as the subscriber would see
 * it (their área, their confidentiality).
 */
@Stateless
@PermitAll
public class SuscripcionesReporte {

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Inject
    private CalculoTablero calculo;

    @Inject
    private ReporteEstadistico reporte;

    @Inject
    private BandejaSalida bandejaSalida;

    @Inject
    private PoliticaAcceso politica;

    @Inject
    private Clock reloj;

    /** Subscribers still without the report of {@code mes}. */
    public List<Long> pendientes(YearMonth mes) {
        return em.createNativeQuery("SELECT USUARIO_ID FROM SUSCRIPCION_REPORTE WHERE ULTIMO_MES IS NULL OR ULTIMO_MES <> ?"
                        + " ORDER BY USUARIO_ID").setParameter(1, mes.toString()).getResultList().stream()
                .map(o -> ((Number) o).longValue()).toList();
    }

    /** @return whether this call queued it (false: another node or run already did, or nobody to send to) */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean enviar(long usuarioId, YearMonth mes) {
        int reclamada = em.createNativeQuery("UPDATE SUSCRIPCION_REPORTE SET ULTIMO_MES = ? WHERE USUARIO_ID = ?"
                        + " AND (ULTIMO_MES IS NULL OR ULTIMO_MES <> ?)").setParameter(1, mes.toString())
                .setParameter(2, usuarioId).setParameter(3, mes.toString()).executeUpdate();
        Usuario usuario = em.find(Usuario.class, usuarioId);
        if (reclamada == 0 || usuario == null || !usuario.isActivo() || usuario.getCorreo() == null) {
            return false;
        }
        Object area = em.createNativeQuery("SELECT AREA_DAC_ID FROM SUSCRIPCION_REPORTE WHERE USUARIO_ID = ?")
                .setParameter(1, usuarioId).getSingleResult();
        Long areaId = PoliticaAcceso.leeTodasLasAreas(usuario.getRoles()) ? (area == null ? null : ((Number) area).longValue())
                : (usuario.getAreaDac() == null ? -1L : usuario.getAreaDac().getId());
        Actor lector = new Actor(usuario.getNombreUsuario(), usuario.getRoles());
        LocalDate desde = mes.atDay(1);
        LocalDate hasta = mes.atEndOfMonth();
        Tablero t = calculo.calcular(desde, hasta, areaId, BandejaRepository.Confidencialidades.de(lector, politica));
        String nombreMes = Textos.mes(mes);
        CorreoSaliente correo = bandejaSalida.encolar(null, "REPORTE_MENSUAL", usuario.getCorreo(), Map.of(
                "destinatario", usuario.getNombreCompleto(), "mes", nombreMes, "area", t.area(),
                "desde", Textos.fecha(desde), "hasta", Textos.fecha(hasta), "recibidas", String.valueOf(t.recibidas()),
                "concluidas", String.valueOf(t.concluidas().total()),
                "enPlazo", ReporteEstadistico.porcentaje(t.concluidas().porcentajeEnPlazo())),
                Actor.sistema(), OffsetDateTime.now(reloj));
        correo.adjuntar("reporte-" + mes + ".pdf", "application/pdf", reporte.pdf(t));
        return true;
    }

    public boolean suscrito(long usuarioId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM SUSCRIPCION_REPORTE WHERE USUARIO_ID = ?")
                .setParameter(1, usuarioId).getSingleResult()).longValue() > 0;
    }

    /** Subscribes (or changes the área of) the user; from the next month on. */
    @jakarta.annotation.security.RolesAllowed({mx.gob.imss.siade.seguridad.Roles.SUPERVISOR,
            mx.gob.imss.siade.seguridad.Roles.JEFE_AREA, mx.gob.imss.siade.seguridad.Roles.TITULAR_DAC,
            mx.gob.imss.siade.seguridad.Roles.TITULAR_CAO})
    public void suscribir(long usuarioId, Long areaId) {
        if (suscrito(usuarioId)) {
            em.createNativeQuery("UPDATE SUSCRIPCION_REPORTE SET AREA_DAC_ID = ? WHERE USUARIO_ID = ?")
                    .setParameter(1, areaId).setParameter(2, usuarioId).executeUpdate();
        } else {
            em.createNativeQuery("INSERT INTO SUSCRIPCION_REPORTE (USUARIO_ID, AREA_DAC_ID, CREADA_EN, ULTIMO_MES)"
                            + " VALUES (?, ?, ?, NULL)").setParameter(1, usuarioId).setParameter(2, areaId)
                    .setParameter(3, OffsetDateTime.now(reloj)).executeUpdate();
        }
    }

    @jakarta.annotation.security.RolesAllowed({mx.gob.imss.siade.seguridad.Roles.SUPERVISOR,
            mx.gob.imss.siade.seguridad.Roles.JEFE_AREA, mx.gob.imss.siade.seguridad.Roles.TITULAR_DAC,
            mx.gob.imss.siade.seguridad.Roles.TITULAR_CAO})
    public void cancelar(long usuarioId) {
        em.createNativeQuery("DELETE FROM SUSCRIPCION_REPORTE WHERE USUARIO_ID = ?").setParameter(1, usuarioId)
                .executeUpdate();
    }
}
