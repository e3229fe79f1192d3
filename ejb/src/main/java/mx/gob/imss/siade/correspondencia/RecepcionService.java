package mx.gob.imss.siade.correspondencia;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mx.gob.imss.siade.bitacora.BitacoraRepository;
import mx.gob.imss.siade.bitacora.EventoBitacora;
import mx.gob.imss.siade.bitacora.TipoEventoBitacora;
import mx.gob.imss.siade.catalogos.CatalogoRepository;
import mx.gob.imss.siade.catalogos.Instancia;
import mx.gob.imss.siade.catalogos.TipoDocumento;
import mx.gob.imss.siade.derivacion.Derivacion;
import mx.gob.imss.siade.derivacion.DerivacionRepository;
import mx.gob.imss.siade.derivacion.EstadoDerivacion;
import mx.gob.imss.siade.documentos.ContenidoArchivo;
import mx.gob.imss.siade.documentos.Digitalizacion;
import mx.gob.imss.siade.documentos.DocumentoRepository;
import mx.gob.imss.siade.infra.Textos;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.notificaciones.BandejaSalida;
import mx.gob.imss.siade.personas.Nss;
import mx.gob.imss.siade.personas.PersonaUsuaria;
import mx.gob.imss.siade.personas.PersonaUsuariaRepository;
import mx.gob.imss.siade.peticion.Folio;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.peticion.PeticionNoEncontradaException;
import mx.gob.imss.siade.peticion.PeticionRepository;
import mx.gob.imss.siade.peticion.RegistroPeticion;
import mx.gob.imss.siade.seguridad.Actor;
import mx.gob.imss.siade.seguridad.CifradoDatosPersonales;
import mx.gob.imss.siade.seguridad.Roles;
import mx.gob.imss.siade.seguridad.PoliticaAcceso;
import mx.gob.imss.siade.seguridad.AccionCaso;

/**
 * Reception of letters (act. 106-109, policies 5.69-5.73): look for antecedents, then either
 * register a new petición with its digitised files and acuse, add the letter to a pending case
 * (no new folio, 5.73), or file it on a concluded case ratifying the answer given (5.14). Each is
 * one transaction: the petición, every file, the acuse and the bitácora commit together or not at all.
 */
@Stateless
@RolesAllowed({Roles.CORRESPONDENCIA, Roles.SUPERVISOR, Roles.JEFE_AREA})
public class RecepcionService {

    @Resource
    private SessionContext contexto;

    @Inject
    private PoliticaAcceso politica;

    @Inject
    private PersonaUsuariaRepository personas;

    @Inject
    private AntecedenteRepository antecedentes;

    @Inject
    private PeticionRepository peticiones;

    @Inject
    private RegistroPeticion registro;

    @Inject
    private Digitalizacion digitalizacion;

    @Inject
    private DocumentoRepository documentos;

    @Inject
    private CatalogoRepository catalogos;

    @Inject
    private AcuseRecepcion acuse;

    @Inject
    private BitacoraRepository bitacora;

    @Inject
    private CifradoDatosPersonales cifrado;

    @Inject
    private DerivacionRepository derivaciones;

    @Inject
    private BandejaSalida bandejaSalida;

    @Inject
    private Clock reloj;

    /**
     * Earlier petitions of the sender, by NSS (exact) and by name (ignoring accents and case). Of a
     * case the caller may not read only folio, tipo, estado and dates are given, and that look is
     * written to the case's bitácora.
     */
    public List<Antecedente> buscarAntecedentes(String nss, String nombre) {
        Actor actor = Actor.de(contexto);
        OffsetDateTime ahora = OffsetDateTime.now(reloj);
        List<Antecedente> encontrados = new ArrayList<>();
        for (Peticion p : antecedentesDe(nss, nombre)) {
            if (politica.permite(actor, p, AccionCaso.CONSULTAR)) {
                encontrados.add(new Antecedente(p.getFolio(), p.getEstado(), p.getTipo(), p.getAsunto(),
                        p.getFechaRecepcion(), p.getFechaConclusion(), p.getPersonaUsuaria().getNombre(), false));
            } else {
                encontrados.add(new Antecedente(p.getFolio(), p.getEstado(), p.getTipo(), null, p.getFechaRecepcion(),
                        p.getFechaConclusion(), null, true));
                bitacora.registrar(new EventoBitacora(p, ahora, actor.nombreUsuario(), TipoEventoBitacora.CONSULTA_ANTECEDENTE,
                        Textos.de("bitacora.consultaAntecedente"), null, null));
            }
        }
        return encontrados;
    }

    private List<Peticion> antecedentesDe(String nss, String nombre) {
        Set<Long> ids = new LinkedHashSet<>();
        if (nss != null && !nss.isBlank()) {
            ids.addAll(personas.idsPorHuellaNss(PersonaUsuaria.huellaNss(Nss.de(nss), cifrado)));
        }
        if (nombre != null && !nombre.isBlank()) {
            ids.addAll(personas.idsPorNombre(nombre));
        }
        return antecedentes.dePersonas(new ArrayList<>(ids));
    }

    /**
     * A new petición under a new folio, its files (the first is the escrito) and its acuse. Refused
     * while the sender has a pending petición: the letter goes to that folio instead (5.19, 5.73).
     */
    public RegistroRecepcion registrar(Recepcion recepcion, List<? extends ContenidoArchivo> archivos) {
        exigirArchivos(archivos);
        String nss = recepcion.datosPersonales().nss() == null ? null : recepcion.datosPersonales().nss().valor();
        antecedentesDe(nss, recepcion.remitente()).stream().filter(p -> p.getEstado().esPendiente()).findFirst()
                .ifPresent(p -> {
                    throw RecepcionRechazadaException.hayPendiente(p.getFolio());
                });
        Actor actor = Actor.de(contexto);
        OffsetDateTime ahora = OffsetDateTime.now(reloj);
        Peticion peticion = registro.registrar(recepcion.comoNuevaPeticion(), actor);
        for (int i = 0; i < archivos.size(); i++) {
            digitalizacion.adjuntar(peticion, archivos.get(i), i == 0 ? "ESCRITO" : "ANEXO", null, actor, ahora);
        }
        long idAcuse = guardarAcuse(peticion, actor, ahora);
        return new RegistroRecepcion(peticion.getFolio(), idAcuse);
    }

    /** A new letter about a case still pending: filed under its folio with a note, no new folio (5.73). */
    public void agregarAPendiente(String folio, String nota, List<? extends ContenidoArchivo> archivos) {
        exigirArchivos(archivos);
        Peticion peticion = cargar(folio);
        politica.exigir(Actor.de(contexto), peticion, AccionCaso.AGREGAR_ESCRITO);
        if (!peticion.getEstado().esPendiente()) {
            throw RecepcionRechazadaException.noPendiente(peticion.getFolio());
        }
        archivar(peticion, "bitacora.nuevoEscrito", nota, archivos);
        avisarAlResponsable(peticion, nota);
    }

    /**
     * Policy 5.73: the office handling the case hears of the new letter by email: the instancia of
     * the current routing if it is derived, otherwise the DAC área that received it.
     */
    private void avisarAlResponsable(Peticion peticion, String nota) {
        Actor actor = Actor.de(contexto);
        OffsetDateTime ahora = OffsetDateTime.now(reloj);
        Instancia responsable = derivaciones.ultima(peticion)
                .filter(d -> d.getEstado() == EstadoDerivacion.PENDIENTE || d.getEstado() == EstadoDerivacion.RESPONDIDA)
                .map(Derivacion::getInstancia)
                .orElseGet(() -> catalogos.instanciaDeArea(peticion.getAreaDac()));
        Map<String, Object> datos = new HashMap<>();
        datos.put("responsable", responsable.getNombre());
        datos.put("folio", peticion.getFolio());
        datos.put("asunto", peticion.getAsunto());
        datos.put("remitente", peticion.getPersonaUsuaria().getNombre());
        datos.put("fechaRecepcion", Textos.fecha(ahora.atZoneSameInstant(Tiempo.ZONA_MEXICO).toLocalDate()));
        datos.put("nota", nota == null ? "" : nota.trim());
        bandejaSalida.encolar(peticion, "NUEVO_ESCRITO", responsable.getCorreo(), datos, actor, ahora);
        bitacora.registrar(new EventoBitacora(peticion, ahora, actor.nombreUsuario(), TipoEventoBitacora.CORREO,
                Textos.de("bitacora.correo", responsable.getCorreo(), "NUEVO ESCRITO"), null, null));
    }

    /** A new letter about a concluded case: filed, and the answer given is ratified (5.14). */
    public void ratificar(String folio, String nota, List<? extends ContenidoArchivo> archivos) {
        exigirArchivos(archivos);
        Peticion peticion = cargar(folio);
        politica.exigir(Actor.de(contexto), peticion, AccionCaso.AGREGAR_ESCRITO);
        if (peticion.getEstado().esPendiente()) {
            throw RecepcionRechazadaException.noConcluida(peticion.getFolio());
        }
        archivar(peticion, "bitacora.ratificacion", nota, archivos);
    }

    private void archivar(Peticion peticion, String claveEvento, String nota, List<? extends ContenidoArchivo> archivos) {
        Actor actor = Actor.de(contexto);
        OffsetDateTime ahora = OffsetDateTime.now(reloj);
        for (ContenidoArchivo archivo : archivos) {
            digitalizacion.adjuntar(peticion, archivo, "ESCRITO", nota, actor, ahora);
        }
        bitacora.registrar(new EventoBitacora(peticion, ahora, actor.nombreUsuario(), TipoEventoBitacora.NOTA,
                Textos.de(claveEvento, Textos.fecha(ahora.atZoneSameInstant(Tiempo.ZONA_MEXICO).toLocalDate()), nota == null ? "" : nota.trim()), null, null));
    }

    private long guardarAcuse(Peticion peticion, Actor actor, OffsetDateTime ahora) {
        byte[] pdf = acuse.generar(peticion, documentos.dePeticion(peticion), actor.nombreUsuario());
        TipoDocumento tipo = catalogos.porClave(TipoDocumento.class, "ACUSE").orElseThrow();
        String nombre = "acuse-" + peticion.getFolio() + ".pdf";
        long id = documentos.insertar(peticion, tipo, nombre, "application/pdf", pdf.length,
                Digitalizacion.sha256(pdf), new ByteArrayInputStream(pdf), null, actor.nombreUsuario(), ahora);
        bitacora.registrar(new EventoBitacora(peticion, ahora, actor.nombreUsuario(), TipoEventoBitacora.DOCUMENTO,
                Textos.de("bitacora.acuse", nombre), null, null));
        return id;
    }

    private Peticion cargar(String folio) {
        return peticiones.porFolio(Folio.de(folio)).orElseThrow(() -> new PeticionNoEncontradaException(folio));
    }

    private static void exigirArchivos(List<? extends ContenidoArchivo> archivos) {
        if (archivos == null || archivos.isEmpty()) {
            throw RecepcionRechazadaException.sinArchivos();
        }
    }
}
