package mx.gob.imss.siade.datoscomplementarios;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.gob.imss.siade.bitacora.BitacoraRepository;
import mx.gob.imss.siade.infra.Textos;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.notificaciones.BandejaSalida;
import mx.gob.imss.siade.oficios.Oficio;
import mx.gob.imss.siade.oficios.RedaccionOficio;
import mx.gob.imss.siade.oficios.TipoOficio;
import mx.gob.imss.siade.personas.DatosPersonales;
import mx.gob.imss.siade.peticion.EstadoPeticion;
import mx.gob.imss.siade.peticion.EventosPeticion;
import mx.gob.imss.siade.peticion.MotivoConclusion;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.peticion.TransicionPeticion;
import mx.gob.imss.siade.seguridad.Actor;
import mx.gob.imss.siade.seguridad.CifradoDatosPersonales;

/**
 * Concludes, one request at a time and each in its own transaction, the petitions whose missing
 * data did not arrive in time (act. 112): the request expires, the petición is concluded por falta
 * de información by the system, the Oficio de conclusión (Anexo 37) is drafted and, when there is
 * an email address, sent by email too. Gestión's cases (act. 28) are concluded and registered as an
 * orientación, without oficio. The request row is locked and re-checked, so running twice
 * (two nodes, a restart, a retry) concludes once.
 */
@Stateless
@PermitAll
public class ConclusionPorVencimiento {

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Inject
    private mx.gob.imss.siade.peticion.EnlaceConsulta enlace;

    @Inject
    private RedaccionOficio redaccion;

    @Inject
    private BandejaSalida bandejaSalida;

    @Inject
    private BitacoraRepository bitacora;

    @Inject
    private CifradoDatosPersonales cifrado;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Long> vencidas(OffsetDateTime ahora) {
        return em.createNamedQuery("SolicitudDatos.findIdsVencidas", Long.class).setParameter("ahora", ahora)
                .setMaxResults(200).getResultList();
    }

    /** @return whether this call concluded the petición */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean concluir(long idSolicitud, OffsetDateTime ahora) {
        SolicitudDatos solicitud = em.find(SolicitudDatos.class, idSolicitud, LockModeType.PESSIMISTIC_WRITE);
        if (solicitud == null || !solicitud.vencidaEn(ahora)) {
            return false;
        }
        solicitud.vencer();
        Peticion peticion = solicitud.getPeticion();
        if (peticion.getEstado() != EstadoPeticion.DATOS_SOLICITADOS) {
            return false;
        }
        Actor sistema = Actor.sistema();
        if (peticion.getAreaDac().esGestion()) {
            peticion.registrarComoOrientacion();
            EstadoPeticion anterior = peticion.concluir(TransicionPeticion.CONCLUIR_POR_VENCIMIENTO,
                    MotivoConclusion.FALTA_INFORMACION, ahora, sistema.roles());
            bitacora.registrar(EventosPeticion.conclusion(peticion, anterior, Textos.de("bitacora.vencimientoGestion"),
                    sistema, ahora));
            return true;
        }
        EstadoPeticion anterior = peticion.concluir(TransicionPeticion.CONCLUIR_POR_VENCIMIENTO,
                MotivoConclusion.FALTA_INFORMACION, ahora, sistema.roles());
        Map<String, Object> campos = new HashMap<>();
        campos.put("fechaSolicitud", Textos.fechaLarga(solicitud.getFechaEnvio()
                .atZoneSameInstant(Tiempo.ZONA_MEXICO).toLocalDate()));
        Oficio oficio = redaccion.redactar(peticion, TipoOficio.CONCLUSION, null, campos, sistema, ahora);
        DatosPersonales datos = peticion.getPersonaUsuaria().datosPersonales(cifrado);
        if (datos.correo() != null) {
            Map<String, Object> correo = new HashMap<>(campos);
            correo.put("folio", peticion.getFolio());
            correo.put("asunto", peticion.getAsunto());
            correo.put("destinatario", peticion.getPersonaUsuaria().getNombre());
            correo.put("folioOficio", oficio.getFolioOficio());
            correo.putAll(enlace.campos(peticion));
            bandejaSalida.encolar(peticion, "ANEXO_37", datos.correo(), correo, sistema, ahora);
        }
        bitacora.registrar(EventosPeticion.conclusion(peticion, anterior,
                Textos.de("bitacora.vencimiento", oficio.getFolioOficio()), sistema, ahora));
        return true;
    }
}
