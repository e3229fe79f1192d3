package mx.gob.imss.siade.peticion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Optional;
import mx.gob.imss.siade.bitacora.BitacoraRepository;
import mx.gob.imss.siade.bitacora.EventoBitacora;
import mx.gob.imss.siade.bitacora.TipoEventoBitacora;
import mx.gob.imss.siade.catalogos.AreaDac;
import mx.gob.imss.siade.catalogos.CatalogoRepository;
import mx.gob.imss.siade.infra.LongitudTexto;
import mx.gob.imss.siade.infra.Textos;
import mx.gob.imss.siade.seguridad.AccionCaso;
import mx.gob.imss.siade.seguridad.Actor;
import mx.gob.imss.siade.seguridad.PoliticaAcceso;
import mx.gob.imss.siade.seguridad.Usuario;
import mx.gob.imss.siade.seguridad.UsuarioRepository;

/**
 * Gives an open case to another consultor of its área, or turns it to another área DAC (to a chosen
 * consultor there, or to the one with the fewest open cases), with the reason, writing the bitácora
 * entry. Used by the Expediente's reassignment and by the supervisor's bulk reassignment; runs in the
 * caller's transaction.
 */
@ApplicationScoped
public class Reasignacion {

    @Inject
    private PoliticaAcceso politica;

    @Inject
    private AsignacionConsultor asignacion;

    @Inject
    private CatalogoRepository catalogos;

    @Inject
    private UsuarioRepository usuarios;

    @Inject
    private BitacoraRepository bitacora;

    /**
     * @param areaDestinoId the área to turn the case to; null (or the case's own) keeps it in its área
     * @param consultor     user name of the consultor who takes it; null only when the área changes
     */
    public void aplicar(Actor actor, Peticion peticion, Long areaDestinoId, String consultor, String motivo,
                        OffsetDateTime ahora) {
        politica.exigir(actor, peticion, AccionCaso.REASIGNAR);
        if (!peticion.getEstado().esPendiente()) {
            throw TransicionNoPermitidaException.porDatos("error.asignacion.concluida", peticion.getFolio());
        }
        if (motivo == null || motivo.isBlank()) {
            throw TransicionNoPermitidaException.porDatos("error.asignacion.sinMotivo", peticion.getFolio());
        }
        String razon = LongitudTexto.exigir("Motivo", motivo.trim(), LongitudTexto.MEDIANO);
        AreaDac origen = peticion.getAreaDac();
        boolean otraArea = areaDestinoId != null && !areaDestinoId.equals(origen.getId());
        Usuario anterior = peticion.getConsultor();
        if (!otraArea) {
            Usuario nuevo = consultorDe(origen, consultor);
            if (nuevo.equals(anterior)) {
                throw TransicionNoPermitidaException.porDatos("error.asignacion.mismo", nuevo.getNombreCompleto());
            }
            peticion.asignarConsultor(nuevo);
            bitacora.registrar(EventosPeticion.reasignacion(peticion, anterior == null ? null
                    : anterior.getNombreCompleto(), razon, actor, ahora));
            return;
        }
        // Only the área that holds the case gives it away (not one it was merely derived to).
        Optional<Long> areaActor = usuarios.areaDe(actor.nombreUsuario());
        if (areaActor.isEmpty() || !areaActor.get().equals(origen.getId())) {
            throw TransicionNoPermitidaException.porDatos("error.asignacion.areaAjena", peticion.getFolio());
        }
        AreaDac destino = catalogos.porId(AreaDac.class, areaDestinoId).filter(AreaDac::isActivo)
                .orElseThrow(() -> TransicionNoPermitidaException.porDatos("error.asignacion.areaInvalida",
                        String.valueOf(areaDestinoId)));
        Usuario nuevo = consultor == null || consultor.isBlank() ? asignacion.conMenosCarga(destino).orElse(null)
                : consultorDe(destino, consultor);
        peticion.turnarA(destino, nuevo);
        String texto = Textos.de("bitacora.turnadaArea", origen.getNombre(), destino.getNombre(),
                nuevo == null ? Textos.de("bitacora.sinConsultor") : nuevo.getNombreCompleto(), razon);
        bitacora.registrar(new EventoBitacora(peticion, ahora, actor.nombreUsuario(), TipoEventoBitacora.ASIGNACION,
                texto, null, null));
    }

    private Usuario consultorDe(AreaDac area, String consultor) {
        return asignacion.consultoresDe(area).stream()
                .filter(u -> u.getNombreUsuario().equals(consultor)).findFirst()
                .orElseThrow(() -> TransicionNoPermitidaException.porDatos("error.asignacion.consultorInvalido",
                        String.valueOf(consultor), area.getNombre()));
    }
}
