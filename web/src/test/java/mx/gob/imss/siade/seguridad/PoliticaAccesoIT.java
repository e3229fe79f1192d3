package mx.gob.imss.siade.seguridad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mx.gob.imss.siade.bitacora.TipoEventoBitacora;
import mx.gob.imss.siade.catalogos.CatalogoService;
import mx.gob.imss.siade.catalogos.Instancia;
import mx.gob.imss.siade.catalogos.TipoInstancia;
import mx.gob.imss.siade.consulta.ExpedienteService;
import mx.gob.imss.siade.correspondencia.Antecedente;
import mx.gob.imss.siade.correspondencia.RecepcionService;
import mx.gob.imss.siade.datoscomplementarios.CanalSolicitud;
import mx.gob.imss.siade.datoscomplementarios.DatosComplementariosService;
import mx.gob.imss.siade.derivacion.DerivacionService;
import mx.gob.imss.siade.oficios.Oficio;
import mx.gob.imss.siade.oficios.OficioService;
import mx.gob.imss.siade.oficios.TipoOficio;
import mx.gob.imss.siade.peticion.MotivoConclusion;
import mx.gob.imss.siade.peticion.NuevaPeticion;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.peticion.PeticionService;
import mx.gob.imss.siade.peticion.TipoPeticion;
import mx.gob.imss.siade.documentos.DocumentoService;
import mx.gob.imss.siade.pruebas.ArchivosDePrueba;
import mx.gob.imss.siade.pruebas.ComoAdmin;
import mx.gob.imss.siade.pruebas.ComoConsultor;
import mx.gob.imss.siade.pruebas.ComoCorrespondencia;
import mx.gob.imss.siade.pruebas.ComoGestion;
import mx.gob.imss.siade.pruebas.ComoJuridico;
import mx.gob.imss.siade.pruebas.ComoSupervisor;
import mx.gob.imss.siade.pruebas.ComoTitularDac;
import mx.gob.imss.siade.pruebas.DatosDePrueba;
import mx.gob.imss.siade.pruebas.Despliegue;
import mx.gob.imss.siade.pruebas.EjecutorConRol;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The access policy against the real services: every action of {@link AccionCaso}, called by a
 * user of each role on a fresh Correspondencia case, is refused (by role or by área) exactly when
 * the policy says so; an action without a call here fails the test.
 */
@ExtendWith(ArquillianExtension.class)
class PoliticaAccesoIT {

    @Deployment
    static WebArchive despliegue() {
        return Despliegue.conEjecutoresDeRol();
    }

    @EJB private PeticionService peticiones;
    @EJB private ExpedienteService expedientes;
    @EJB private RecepcionService recepcion;
    @EJB private DerivacionService derivaciones;
    @EJB private DatosComplementariosService datos;
    @EJB private OficioService oficios;
    @EJB private DocumentoService documentos;
    @EJB private CatalogoService catalogos;
    @EJB private ComoConsultor comoConsultor;
    @EJB private ComoGestion comoGestion;
    @EJB private ComoSupervisor comoSupervisor;
    @EJB private ComoCorrespondencia comoCorrespondencia;
    @EJB private ComoJuridico comoJuridico;
    @EJB private ComoTitularDac comoTitularDac;
    @EJB private ComoAdmin comoAdmin;
    @EJB private mx.gob.imss.siade.pruebas.OficiosDePrueba preparados;
    @EJB private mx.gob.imss.siade.oficios.RubricaService rubricas;
    @EJB private mx.gob.imss.siade.firma.FirmaService firmas;
    @EJB private mx.gob.imss.siade.gestion.LlamadaService llamadas;
    @EJB private mx.gob.imss.siade.gestion.EscalamientoService escalamientos;
    @EJB private mx.gob.imss.siade.gestion.ConclusionGestionService conclusionGestion;
    @EJB private mx.gob.imss.siade.gestion.NotaInformativaService notasInformativas;
    @EJB private mx.gob.imss.siade.consulta.ExpedientePdfService expedientePdf;
    @EJB private mx.gob.imss.siade.consulta.ConfidencialidadService confidencialidad;
    @EJB private mx.gob.imss.siade.supervision.AnulacionService anulaciones;
    @jakarta.inject.Inject private mx.gob.imss.siade.firma.PkiDemo pki;

    private record Usuario(String nombre, EjecutorConRol ejecutor, Set<Rol> roles, RelacionCaso relacion) {
    }

    private interface Llamada {
        void sobre(Peticion p) throws Exception;
    }

    private Peticion nueva(String area) throws Exception {
        NuevaPeticion n = DatosDePrueba.nuevaPeticion(area, null);
        return ("GESTION".equals(area) ? comoGestion : comoCorrespondencia).ejecutar(() -> peticiones.registrar(n));
    }

    private Map<AccionCaso, Llamada> llamadas() throws Exception {
        long cdaod = instancia(TipoInstancia.CDAOD, null);
        Map<AccionCaso, Llamada> m = new EnumMap<>(AccionCaso.class);
        m.put(AccionCaso.CONSULTAR, p -> expedientes.abrir(p.getFolio()));
        m.put(AccionCaso.AGREGAR_ESCRITO, p -> recepcion.agregarAPendiente(p.getFolio(), "nuevo escrito",
                List.of(ArchivosDePrueba.enMemoria("nuevo.pdf", ArchivosDePrueba.pdf("Nuevo escrito " + System.nanoTime())))));
        m.put(AccionCaso.CLASIFICAR, p -> peticiones.clasificar(p.getFolio(), TipoPeticion.QUEJA, p.getVersion()));
        m.put(AccionCaso.REVISAR, p -> peticiones.revisar(p.getFolio(), "Área", "Normativa", "Trámite", "Sub", "ok",
                p.getVersion()));
        m.put(AccionCaso.ANOTAR, p -> peticiones.anotar(p.getFolio(), "Nota de la matriz"));
        m.put(AccionCaso.CONCLUIR, p -> peticiones.concluir(p.getFolio(), MotivoConclusion.ORIENTACION_BRINDADA, "n",
                p.getVersion()));
        m.put(AccionCaso.SOLICITAR_DATOS, p -> datos.solicitar(p.getFolio(), CanalSolicitud.TELEFONO, "Correo",
                p.getVersion()));
        m.put(AccionCaso.RECIBIR_DATOS, p -> datos.recibirDatos(p.getFolio(), "5511111111", null, null, "r",
                p.getVersion()));
        m.put(AccionCaso.DERIVAR, p -> derivaciones.derivar(p.getFolio(), cdaod, "motivo", p.getVersion()));
        m.put(AccionCaso.REGISTRAR_RESPUESTA, p -> derivaciones.registrarRespuesta(p.getFolio(), "resp", null,
                p.getVersion()));
        m.put(AccionCaso.ACEPTAR_RESPUESTA, p -> derivaciones.aceptarRespuesta(p.getFolio(), "vb", p.getVersion()));
        m.put(AccionCaso.RECHAZAR_RESPUESTA, p -> derivaciones.rechazarRespuesta(p.getFolio(), "no", p.getVersion()));
        m.put(AccionCaso.LLAMAR, p -> llamadas.registrar(p.getFolio(), "5512345678",
                mx.gob.imss.siade.gestion.ResultadoLlamada.NO_CONTESTA, null));
        m.put(AccionCaso.ESCALAR, p -> escalamientos.contactar(p.getFolio(), 1L, "nota", p.getVersion()));
        m.put(AccionCaso.INFORMAR_Y_CONCLUIR, p -> conclusionGestion.informarYConcluir(p.getFolio(), "5512345678",
                "respuesta", p.getVersion()));
        m.put(AccionCaso.EXPORTAR_EXPEDIENTE, p -> expedientePdf.escribir(p.getFolio(), java.io.OutputStream.nullOutputStream()));
        m.put(AccionCaso.CLASIFICAR_CONFIDENCIALIDAD, p -> confidencialidad.cambiar(p.getFolio(),
                mx.gob.imss.siade.peticion.Confidencialidad.RESTRINGIDO, List.of(), "Prueba de la matriz", p.getVersion()));
        m.put(AccionCaso.INFORMAR_INSTANCIA, p -> notasInformativas.enviar(p.getFolio(), "Seguimiento"));
        m.put(AccionCaso.ANULAR, p -> anulaciones.anular(p.getFolio(), "Error de captura", p.getVersion()));
        m.put(AccionCaso.REASIGNAR, p -> peticiones.reasignar(p.getFolio(), "consultora", "Carga de trabajo",
                p.getVersion()));
        // A solicitud de datos first, so the case has every field the oficio's template asks for.
        m.put(AccionCaso.REDACTAR_OFICIO, p -> {
            conSolicitud(p);
            oficios.redactar(p.getFolio(), TipoOficio.SOLICITUD_DATOS, "Destinatario");
        });
        m.put(AccionCaso.ENVIAR_OFICIO, p -> {
            conSolicitud(p);
            Oficio o = comoCorrespondencia.ejecutar(() -> oficios.redactar(p.getFolio(), TipoOficio.SOLICITUD_DATOS, "D"));
            oficios.marcarEnviado(o.getId());
        });
        // Oficio actions go by designation, not área: none of these users is the one the oficio awaits (its
        // rúbrica is the jefe's; its signature the Titular CAO's), so every one of them is refused.
        m.put(AccionCaso.RUBRICAR, p -> rubricas.rubricar(preparados.enRubrica().getId()));
        m.put(AccionCaso.FIRMAR, p -> firmas.firmar(preparados.organoNormativoPorFirmar().getId(),
                mx.gob.imss.siade.firma.CredencialFirma.abrir(pki.leer("titular.cao.cer"), pki.leer("titular.cao.key"),
                        mx.gob.imss.siade.firma.PkiDemo.CONTRASENA.toCharArray()), null));
        return m;
    }

    private void conSolicitud(Peticion p) throws Exception {
        comoCorrespondencia.ejecutar(() -> datos.solicitar(p.getFolio(), CanalSolicitud.TELEFONO, "Correo electrónico",
                p.getVersion()));
    }

    private long instancia(TipoInstancia tipo, String areaClave) throws Exception {
        return comoSupervisor.ejecutar(() -> catalogos.instancias().stream()
                .filter(i -> i.getTipo() == tipo)
                .filter(i -> areaClave == null || (i.getAreaDac() != null && areaClave.equals(i.getAreaDac().getClave())))
                .map(Instancia::getId).findFirst().orElseThrow());
    }

    @Test
    @DisplayName("Cada acción de cada rol sobre un caso de Correspondencia: rechazada justo cuando la política lo dice")
    void matrizContraLosServicios() throws Exception {
        List<Usuario> usuarios = List.of(
                new Usuario("consultor", comoConsultor, EnumSet.of(Rol.CONSULTOR), RelacionCaso.PROPIA_AREA),
                new Usuario("gestion", comoGestion, EnumSet.of(Rol.CONSULTOR), RelacionCaso.OTRA_AREA),
                new Usuario("supervisor", comoSupervisor, EnumSet.of(Rol.SUPERVISOR), RelacionCaso.PROPIA_AREA),
                new Usuario("correspondencia", comoCorrespondencia, EnumSet.of(Rol.CORRESPONDENCIA), RelacionCaso.PROPIA_AREA),
                new Usuario("juridico", comoJuridico, EnumSet.of(Rol.JURIDICO), RelacionCaso.OTRA_AREA),
                new Usuario("titular.dac", comoTitularDac, EnumSet.of(Rol.TITULAR_DAC), RelacionCaso.OTRA_AREA),
                new Usuario("admin", comoAdmin, EnumSet.of(Rol.ADMIN), RelacionCaso.OTRA_AREA));
        Map<AccionCaso, Llamada> llamadas = llamadas();
        List<String> diferencias = new ArrayList<>();
        for (AccionCaso accion : AccionCaso.values()) {
            Llamada llamada = llamadas.get(accion);
            if (llamada == null) {
                diferencias.add(accion + ": sin llamada en la prueba");
                continue;
            }
            for (Usuario u : usuarios) {
                Peticion p = nueva("CORRESPONDENCIA");
                boolean esperado = PoliticaAcceso.permite(u.roles(), u.relacion(), accion);
                Throwable error = null;
                try {
                    u.ejecutor().ejecutar(() -> {
                        llamada.sobre(p);
                        return null;
                    });
                } catch (Exception e) {
                    error = e;
                }
                boolean rechazado = rechazoDeAcceso(error);
                if (esperado == rechazado) {
                    diferencias.add(accion + " por " + u.nombre() + ": " + (esperado ? "debía permitirse" : "debía rechazarse")
                            + (error == null ? "" : " (" + error + ")"));
                }
            }
        }
        assertEquals(List.of(), diferencias);
    }

    private static boolean rechazoDeAcceso(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof AccesoDenegadoException || t instanceof EJBAccessException) {
                return true;
            }
        }
        return false;
    }

    @Test
    @DisplayName("Un caso derivado al área de Gestión se abre para su personal; los documentos siguen la regla del caso")
    void derivadoAOtraAreaYDocumentos() throws Exception {
        Peticion p = nueva("CORRESPONDENCIA");
        assertInstanceOf(AccesoDenegadoException.class,
                assertThrows(Exception.class, () -> comoGestion.ejecutar(() -> expedientes.abrir(p.getFolio()))));
        long idDocumento = comoCorrespondencia.ejecutar(() -> {
            recepcion.agregarAPendiente(p.getFolio(), "escrito", List.of(ArchivosDePrueba.enMemoria("e.pdf",
                    ArchivosDePrueba.pdf("Escrito " + System.nanoTime()))));
            return expedientes.abrir(p.getFolio()).documentos().get(0).getId();
        });
        assertInstanceOf(AccesoDenegadoException.class, assertThrows(Exception.class,
                () -> comoGestion.ejecutar(() -> documentos.metadatos(idDocumento))));
        assertEquals(p.getFolio(), comoJuridico.ejecutar(() -> documentos.metadatos(idDocumento)).getPeticion().getFolio());

        long areaGestion = instancia(TipoInstancia.AREA_DAC, "GESTION");
        Peticion clasificada = comoSupervisor.ejecutar(() -> peticiones.clasificar(p.getFolio(), TipoPeticion.QUEJA,
                expedientes.abrir(p.getFolio()).peticion().getVersion()));
        comoSupervisor.ejecutar(() -> derivaciones.derivar(p.getFolio(), areaGestion, "A Gestión", clasificada.getVersion()));
        assertEquals(p.getFolio(), comoGestion.ejecutar(() -> expedientes.abrir(p.getFolio())).peticion().getFolio());
        assertEquals(p.getFolio(), comoGestion.ejecutar(() -> documentos.metadatos(idDocumento)).getPeticion().getFolio());
    }

    @Test
    @DisplayName("Un antecedente de otra área muestra sólo folio, tipo, estado y fechas, y la consulta queda en su bitácora")
    void antecedenteDeOtraArea() throws Exception {
        Peticion deGestion = nueva("GESTION");
        String nombre = deGestion.getPersonaUsuaria().getNombre();
        List<Antecedente> vistos = comoCorrespondencia.ejecutar(() -> recepcion.buscarAntecedentes(null, nombre));
        Antecedente a = vistos.stream().filter(x -> x.folio().equals(deGestion.getFolio())).findFirst().orElseThrow();
        assertTrue(a.restringido());
        assertEquals(null, a.asunto());
        assertEquals(null, a.nombre());
        assertEquals(deGestion.getEstado(), a.estado());
        assertTrue(comoGestion.ejecutar(() -> expedientes.abrir(deGestion.getFolio())).bitacora().stream()
                .anyMatch(e -> e.getTipoEvento() == TipoEventoBitacora.CONSULTA_ANTECEDENTE
                        && e.getUsuario().equals("correspondencia")));
    }
}
