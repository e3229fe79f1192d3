package mx.gob.imss.siade.peticion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import mx.gob.imss.siade.bitacora.BitacoraRepository;
import mx.gob.imss.siade.catalogos.AreaDac;
import mx.gob.imss.siade.catalogos.CatalogoRepository;
import mx.gob.imss.siade.catalogos.Ooad;
import mx.gob.imss.siade.catalogos.Umae;
import mx.gob.imss.siade.personas.PersonaUsuaria;
import mx.gob.imss.siade.personas.PersonaUsuariaRepository;
import mx.gob.imss.siade.plazos.CalendarioRepository;
import mx.gob.imss.siade.seguridad.Actor;
import mx.gob.imss.siade.seguridad.CifradoDatosPersonales;

/**
 * Registration of a petición under a new folio with its first bitácora entry. Runs inside the
 * caller's transaction: {@link PeticionService} (which checks the caller's role) or the loading
 * of demo data at start-up.
 */
@ApplicationScoped
public class RegistroPeticion {

    @Inject
    private PeticionRepository peticiones;

    @Inject
    private PersonaUsuariaRepository personas;

    @Inject
    private CatalogoRepository catalogos;

    @Inject
    private BitacoraRepository bitacora;

    @Inject
    private CifradoDatosPersonales cifrado;

    @Inject
    private CalendarioRepository plazos;

    @Inject
    private AsignacionConsultor asignacion;

    @Inject
    private Clock reloj;

    public Peticion registrar(NuevaPeticion nueva, Actor actor) {
        OffsetDateTime ahora = OffsetDateTime.now(reloj);
        AreaDac area = catalogos.porClave(AreaDac.class, nueva.claveAreaDac())
                .orElseThrow(() -> new IllegalArgumentException("Área DAC desconocida: " + nueva.claveAreaDac()));
        PersonaUsuaria persona = personas.guardar(
                new PersonaUsuaria(nueva.tipoPersona(), nueva.nombre(), nueva.datosPersonales(), cifrado, ahora));
        Folio folio = Folio.generar(ahora.getYear(), peticiones.siguienteConsecutivoFolio());
        Peticion peticion = new Peticion(folio, persona, nueva.medioCaptacion(), area, nueva.asunto(), nueva.resumen(),
                nueva.fechaRecepcion() == null ? ahora : nueva.fechaRecepcion(), ahora);
        peticion.ubicar(catalogos.porId(Ooad.class, nueva.ooadId()).orElse(null),
                catalogos.porId(Umae.class, nueva.umaeId()).orElse(null));
        // The answer term runs from reception; until the tipo is known, the channel's default term.
        peticion.fijarFechaLimite(plazos.fechaLimite(peticion.getMedioCaptacion(), peticion.fechaRecepcionLocal()));
        asignacion.conMenosCarga(area).ifPresent(peticion::asignarConsultor);
        peticion.asignarCodigoConsulta(CodigoConsulta.nuevo(), cifrado);
        peticiones.guardar(peticion);
        bitacora.registrar(EventosPeticion.registro(peticion, actor, ahora));
        return peticion;
    }

}
