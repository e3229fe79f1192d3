package mx.gob.imss.siade.gestion;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import mx.gob.imss.siade.bitacora.BitacoraRepository;
import mx.gob.imss.siade.bitacora.EventoBitacora;
import mx.gob.imss.siade.bitacora.TipoEventoBitacora;
import mx.gob.imss.siade.infra.LongitudTexto;
import mx.gob.imss.siade.infra.Textos;
import mx.gob.imss.siade.notificaciones.BandejaSalida;
import mx.gob.imss.siade.peticion.Folio;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.peticion.PeticionNoEncontradaException;
import mx.gob.imss.siade.peticion.PeticionRepository;
import mx.gob.imss.siade.seguridad.AccionCaso;
import mx.gob.imss.siade.seguridad.Actor;
import mx.gob.imss.siade.seguridad.PoliticaAcceso;
import mx.gob.imss.siade.seguridad.Roles;

/**
 * Notas informativas (5.36, act. 32 note): the follow-up of a case another instancia sent (the CNDH's
 * among them) is reported to that instancia by email through the outbox, each with its bitácora entry.
 */
@Stateless
@RolesAllowed({Roles.CONSULTOR, Roles.SUPERVISOR, Roles.JEFE_AREA})
public class NotaInformativaService {

    @Resource
    private SessionContext contexto;

    @Inject
    private PoliticaAcceso politica;

    @Inject
    private PeticionRepository peticiones;

    @Inject
    private BandejaSalida bandejaSalida;

    @Inject
    private BitacoraRepository bitacora;

    @Inject
    private Clock reloj;

    public void enviar(String folio, String texto) {
        Actor actor = Actor.de(contexto);
        Peticion peticion = peticiones.porFolio(Folio.de(folio)).orElseThrow(() -> new PeticionNoEncontradaException(folio));
        politica.exigir(actor, peticion, AccionCaso.INFORMAR_INSTANCIA);
        EscalamientoService.exigirGestionPendiente(peticion);
        if (peticion.getCorreoInstanciaOrigen() == null) {
            throw new GestionRechazadaException("error.nota.sinCorreoInstancia", peticion.getFolio());
        }
        if (texto == null || texto.isBlank()) {
            throw new GestionRechazadaException("error.nota.sinTexto");
        }
        String nota = LongitudTexto.exigir("nota", texto.trim(), LongitudTexto.MEDIANO);
        OffsetDateTime ahora = OffsetDateTime.now(reloj);
        Map<String, Object> campos = new HashMap<>();
        campos.put("folio", peticion.getFolio());
        campos.put("asunto", peticion.getAsunto());
        campos.put("instancia", peticion.getInstanciaOrigen());
        campos.put("estado", Textos.etiqueta(peticion.getEstado()));
        campos.put("nota", nota);
        bandejaSalida.encolar(peticion, "NOTA_INFORMATIVA", peticion.getCorreoInstanciaOrigen(), campos, actor, ahora);
        bitacora.registrar(new EventoBitacora(peticion, ahora, actor.nombreUsuario(), TipoEventoBitacora.CORREO,
                Textos.de("bitacora.notaInformativa", peticion.getInstanciaOrigen(), peticion.getCorreoInstanciaOrigen(), nota),
                null, null));
    }
}
