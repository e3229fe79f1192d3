package mx.gob.imss.siade.consulta;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import mx.gob.imss.siade.documentos.Documento;
import mx.gob.imss.siade.documentos.ReglaLectura;
import mx.gob.imss.siade.personas.Enmascarador;
import mx.gob.imss.siade.bitacora.BitacoraRepository;
import mx.gob.imss.siade.datoscomplementarios.SolicitudDatos;
import mx.gob.imss.siade.derivacion.DerivacionRepository;
import mx.gob.imss.siade.documentos.DocumentoRepository;
import mx.gob.imss.siade.notificaciones.BandejaSalida;
import mx.gob.imss.siade.notificaciones.CorreoSaliente;
import mx.gob.imss.siade.oficios.Oficio;
import mx.gob.imss.siade.personas.DatosPersonales;
import mx.gob.imss.siade.peticion.EventosPeticion;
import mx.gob.imss.siade.peticion.Folio;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.peticion.PeticionNoEncontradaException;
import mx.gob.imss.siade.peticion.PeticionRepository;
import mx.gob.imss.siade.seguridad.Actor;
import mx.gob.imss.siade.seguridad.CifradoDatosPersonales;
import mx.gob.imss.siade.seguridad.AccionCaso;
import mx.gob.imss.siade.seguridad.PoliticaAcceso;
import mx.gob.imss.siade.seguridad.Rol;
import mx.gob.imss.siade.seguridad.Roles;

/**
 * Opens a whole case. Personal data is shown in full only to the roles that work the case; a
 * read by the legal team is itself written to the bitácora.
 */
@Stateless
@RolesAllowed({Roles.CONSULTOR, Roles.SUPERVISOR, Roles.JEFE_AREA, Roles.TITULAR_DAC, Roles.TITULAR_CAO,
        Roles.CORRESPONDENCIA, Roles.JURIDICO, Roles.ADMIN})
public class ExpedienteService {

    @Resource
    private SessionContext contexto;

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Inject
    private mx.gob.imss.siade.peticion.EnlaceConsulta enlace;

    @Inject
    private PeticionRepository peticiones;

    @Inject
    private PoliticaAcceso politica;

    @Inject
    private BitacoraRepository bitacora;

    @Inject
    private CifradoDatosPersonales cifrado;

    @Inject
    private BandejaSalida bandejaSalida;

    @Inject
    private DocumentoRepository documentos;

    @jakarta.ejb.EJB
    private mx.gob.imss.siade.ocr.ColaOcr colaOcr;

    @Inject
    private DerivacionRepository derivaciones;

    @Inject
    private ReglaLectura reglaLectura;

    @Inject
    private Clock reloj;

    @Inject
    private mx.gob.imss.siade.plazos.CalendarioRepository calendarios;

    @jakarta.ejb.EJB
    private mx.gob.imss.siade.auditoria.Auditoria auditoria;

    public Expediente abrir(String folioCapturado) {
        Actor actor = Actor.de(contexto);
        Folio folio = Folio.de(folioCapturado);
        Peticion peticion = peticiones.porFolio(folio).orElseThrow(() -> new PeticionNoEncontradaException(folio.valor()));
        politica.exigir(actor, peticion, AccionCaso.CONSULTAR);
        if (politica.relacion(actor, peticion) != mx.gob.imss.siade.seguridad.RelacionCaso.PROPIA_AREA) {
            // Read by someone who does not work the case: into the audit log (its own short transaction).
            auditoria.registrar(actor, mx.gob.imss.siade.auditoria.AccionAuditada.LECTURA_CASO, peticion.getFolio(),
                    null, null);
        }
        if (actor.tiene(Rol.JURIDICO)) {
            bitacora.registrar(EventosPeticion.consultaJuridica(peticion, actor, OffsetDateTime.now(reloj)));
        }
        DatosPersonales datos = peticion.getPersonaUsuaria().datosPersonales(cifrado);
        boolean completos = PoliticaAcceso.veDatosPersonales(actor.roles());
        // Touch lazy references the screen shows, while the persistence context is open.
        nombreDe(peticion);
        List<Documento> archivados = documentos.dePeticion(peticion);
        Set<Long> legibles = archivados.stream().filter(d -> reglaLectura.lectura(actor, d).isPresent())
                .map(Documento::getId).collect(Collectors.toSet());
        return new Expediente(peticion,
                completos ? DatosPersonalesVista.completos(datos, enlace.codigo(peticion))
                        : DatosPersonalesVista.enmascarados(datos, enlace.codigo(peticion)),
                archivados,
                derivaciones.dePeticion(peticion),
                lista("Oficio.findByPeticion", Oficio.class, peticion),
                lista("SolicitudDatos.findByPeticion", SolicitudDatos.class, peticion),
                bitacora.dePeticion(peticion),
                conCuerpo(bandejaSalida.dePeticion(peticion)),
                completos ? Enmascarador.NINGUNO : Enmascarador.de(datos), legibles, semaforo(peticion),
                em.find(EncuestaSatisfaccion.class, peticion.getId()), colaOcr.estados(peticion.getId()));
    }

    private mx.gob.imss.siade.plazos.Semaforo semaforo(Peticion peticion) {
        if (!peticion.getEstado().esPendiente()) {
            return mx.gob.imss.siade.plazos.Semaforo.SIN_PLAZO;
        }
        java.time.LocalDate hoy = java.time.LocalDate.now(reloj);
        return mx.gob.imss.siade.plazos.Semaforo.de(peticion.limiteVigente(), hoy, calendarios.calendario(hoy));
    }

    private static List<CorreoSaliente> conCuerpo(List<CorreoSaliente> correos) {
        correos.forEach(CorreoSaliente::getCuerpo);
        return correos;
    }

    private static void nombreDe(Peticion peticion) {
        peticion.getAreaDac().getNombre();
        if (peticion.getOoad() != null) {
            peticion.getOoad().getNombre();
        }
        if (peticion.getUmae() != null) {
            peticion.getUmae().getNombre();
        }
        if (peticion.getConsultor() != null) {
            peticion.getConsultor().getNombreCompleto();
        }
    }

    private <T> List<T> lista(String consulta, Class<T> tipo, Peticion peticion) {
        return em.createNamedQuery(consulta, tipo).setParameter("peticion", peticion).getResultList();
    }
}
