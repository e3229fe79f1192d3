package mx.gob.imss.siade.gestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import mx.gob.imss.siade.bitacora.TipoEventoBitacora;
import mx.gob.imss.siade.consulta.BandejaService;
import mx.gob.imss.siade.consulta.ConsultaPublicaService;
import mx.gob.imss.siade.consulta.ConsultaPublicaService.ResultadoEncuesta;
import mx.gob.imss.siade.consulta.Expediente;
import mx.gob.imss.siade.consulta.ExpedienteService;
import mx.gob.imss.siade.consulta.FilaBandeja;
import mx.gob.imss.siade.consulta.FiltroBandeja;
import mx.gob.imss.siade.datoscomplementarios.CanalSolicitud;
import mx.gob.imss.siade.datoscomplementarios.DatosComplementariosService;
import mx.gob.imss.siade.datoscomplementarios.SolicitudDatos;
import mx.gob.imss.siade.datoscomplementarios.VencimientoSolicitudes;
import mx.gob.imss.siade.gestion.CadenaEscalamientoService.NivelEditable;
import mx.gob.imss.siade.infra.ReglaNegocioException;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.notificaciones.CorreoSaliente;
import mx.gob.imss.siade.notificaciones.CorreoService;
import mx.gob.imss.siade.peticion.EstadoPeticion;
import mx.gob.imss.siade.peticion.MotivoConclusion;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.peticion.PeticionService;
import mx.gob.imss.siade.peticion.TipoPeticion;
import mx.gob.imss.siade.plazos.CalendarioRepository;
import mx.gob.imss.siade.plazos.Semaforo;
import mx.gob.imss.siade.pruebas.ComoAdmin;
import mx.gob.imss.siade.pruebas.ComoConsultor;
import mx.gob.imss.siade.pruebas.ComoGestion;
import mx.gob.imss.siade.pruebas.ComoTitularDac;
import mx.gob.imss.siade.pruebas.DatosDePrueba;
import mx.gob.imss.siade.pruebas.Despliegue;
import mx.gob.imss.siade.seguridad.AccesoDenegadoException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Gestión's paths after intake: not located and concluded by the timer; escalation up a chain; conclusion and survey. */
@ExtendWith(ArquillianExtension.class)
class GestionIT {

    @Deployment
    static WebArchive despliegue() {
        return Despliegue.conEjecutoresDeRol();
    }

    @EJB private PeticionService peticiones;
    @EJB private ExpedienteService expedientes;
    @EJB private BandejaService bandeja;
    @EJB private LlamadaService llamadas;
    @EJB private DatosComplementariosService datos;
    @EJB private VencimientoSolicitudes vencimientos;
    @EJB private EscalamientoService escalamientos;
    @EJB private CadenaEscalamientoService cadenas;
    @EJB private ConclusionGestionService conclusion;
    @EJB private ConsultaPublicaService consultaPublica;
    @EJB private CorreoService correos;
    @EJB private ComoGestion comoGestion;
    @EJB private ComoConsultor comoConsultor;
    @EJB private ComoTitularDac comoTitularDac;
    @EJB private ComoAdmin comoAdmin;
    @Inject private CalendarioRepository calendarios;

    @Resource(lookup = "jdbc/siade")
    private DataSource ds;

    private Peticion nueva() throws Exception {
        return comoGestion.ejecutar(() -> peticiones.registrar(DatosDePrueba.nuevaPeticion("GESTION", null)));
    }

    private Peticion actual(String folio) throws Exception {
        return comoGestion.ejecutar(() -> expedientes.abrir(folio)).peticion();
    }

    private List<CorreoSaliente> correosDe(String folio) throws Exception {
        return comoAdmin.ejecutar(() -> correos.recientes(0, 500)).stream()
                .filter(c -> c.getPeticion() != null && folio.equals(c.getPeticion().getFolio())).toList();
    }

    private static String clave(Exception e) {
        return assertInstanceOf(ReglaNegocioException.class, e).clave();
    }

    @Test
    @DisplayName("No localizada: Anexo 21 por correo, 3 días hábiles, y el temporizador la concluye una vez como orientación")
    void noLocalizadaConcluidaPorElTemporizador() throws Exception {
        Peticion p = nueva();
        comoGestion.ejecutar(() -> {
            llamadas.registrar(p.getFolio(), "5512345678", ResultadoLlamada.NO_CONTESTA, "Primer intento");
            llamadas.registrar(p.getFolio(), "5512345678", ResultadoLlamada.BUZON, "Segundo intento");
            return null;
        });
        assertEquals("error.solicitud.gestionSinOficio", clave(assertThrows(Exception.class, () -> comoGestion.ejecutar(
                () -> datos.solicitar(p.getFolio(), CanalSolicitud.OFICIO_POSTAL, "Teléfono vigente",
                        actual(p.getFolio()).getVersion())))));
        SolicitudDatos solicitud = comoGestion.ejecutar(() -> datos.solicitar(p.getFolio(), CanalSolicitud.CORREO_ELECTRONICO,
                "Teléfono vigente y horario para llamarle", actual(p.getFolio()).getVersion()));
        LocalDate hoy = OffsetDateTime.now(Tiempo.ZONA_MEXICO).toLocalDate();
        assertEquals(calendarios.calendario(hoy).sumarDiasHabiles(hoy, 3),
                solicitud.getFechaLimite().atZoneSameInstant(Tiempo.ZONA_MEXICO).toLocalDate(), "3 días hábiles");
        List<CorreoSaliente> enviados = correosDe(p.getFolio());
        assertEquals(List.of("ANEXO_21"), enviados.stream().map(CorreoSaliente::getPlantilla).toList());
        assertTrue(enviados.get(0).getCuerpo().contains("orientación"), enviados.get(0).getCuerpo());

        vencimientos.concluirVencidas(solicitud.getFechaLimite().minusMinutes(1));
        assertEquals(EstadoPeticion.DATOS_SOLICITADOS, actual(p.getFolio()).getEstado(), "aún en plazo");
        OffsetDateTime despues = solicitud.getFechaLimite().plusMinutes(1);
        vencimientos.concluirVencidas(despues);
        vencimientos.concluirVencidas(despues);
        Expediente e = comoTitularDac.ejecutar(() -> expedientes.abrir(p.getFolio()));
        assertEquals(EstadoPeticion.CONCLUIDA, e.peticion().getEstado());
        assertEquals(TipoPeticion.ORIENTACION, e.peticion().getTipo(), "registrada como orientación (act. 28)");
        assertEquals(MotivoConclusion.FALTA_INFORMACION, e.peticion().getMotivoConclusion());
        assertEquals(1, e.bitacora().stream().filter(b -> b.getTipoEvento() == TipoEventoBitacora.CONCLUSION).count(),
                "concluida una sola vez aunque el temporizador corra dos");
        assertTrue(e.oficios().isEmpty(), "Gestión no redacta oficio de conclusión");
        assertEquals(1, correosDe(p.getFolio()).size(), "ningún correo más");
    }

    @Test
    @DisplayName("Cadena configurada por el administrador: contacto, dos escalamientos, solución, conclusión y encuesta")
    void escalaDosNivelesConcluyeYEncuesta() throws Exception {
        String claveArea = "PRUEBA_" + System.nanoTime() % 1_000_000;
        AreaInstitucional area = comoAdmin.ejecutar(() -> cadenas.crearArea(claveArea, "Área de prueba"));
        assertEquals("error.cadena.claveRepetida", clave(assertThrows(Exception.class,
                () -> comoAdmin.ejecutar(() -> cadenas.crearArea(claveArea, "Otra")))));
        assertEquals("error.cadena.correo", clave(assertThrows(Exception.class, () -> comoAdmin.ejecutar(
                () -> cadenas.guardarCadena(area.getId(), "Área de prueba", List.of(
                        new NivelEditable("Jefatura", null, null, 2), new NivelEditable("Dirección", "no-es-correo", null, 3)))))));
        assertEquals("error.cadena.dias", clave(assertThrows(Exception.class, () -> comoAdmin.ejecutar(
                () -> cadenas.guardarCadena(area.getId(), "Área de prueba", List.of(new NivelEditable("Jefatura", null, null, 0)))))));
        comoAdmin.ejecutar(() -> cadenas.guardarCadena(area.getId(), "Área de prueba", List.of(
                new NivelEditable("Jefatura de oficina", null, "55 5555 0001", 2),
                new NivelEditable("Jefatura de departamento", "departamento@example.com", null, 3),
                new NivelEditable("Coordinación", "coordinacion@example.com", null, 5))));
        assertThrows(Exception.class, () -> comoGestion.ejecutar(() -> cadenas.crearArea("OTRA", "Otra")),
                "sólo el administrador configura cadenas");

        Peticion p = nueva();
        assertInstanceOf(AccesoDenegadoException.class, assertThrows(Exception.class, () -> comoConsultor.ejecutar(
                () -> escalamientos.contactar(p.getFolio(), area.getId(), null, p.getVersion()))),
                "el consultor de Correspondencia no trabaja casos de Gestión");
        Peticion clasificada = comoGestion.ejecutar(() -> peticiones.clasificar(p.getFolio(), TipoPeticion.GESTION,
                p.getVersion()));
        assertEquals("error.escalamiento.sinContacto", clave(assertThrows(Exception.class, () -> comoGestion.ejecutar(
                () -> escalamientos.escalar(p.getFolio(), "sin respuesta", clasificada.getVersion())))));
        Escalamiento nivel1 = comoGestion.ejecutar(() -> escalamientos.contactar(p.getFolio(), area.getId(),
                "Se llamó a la oficina", clasificada.getVersion()));
        LocalDate hoy = OffsetDateTime.now(Tiempo.ZONA_MEXICO).toLocalDate();
        assertEquals(calendarios.calendario(hoy).sumarDiasHabiles(hoy, 2), nivel1.getFechaLimite());
        assertEquals("error.escalamiento.yaAbierto", clave(assertThrows(Exception.class, () -> comoGestion.ejecutar(
                () -> escalamientos.contactar(p.getFolio(), area.getId(), null, actual(p.getFolio()).getVersion())))));
        assertEquals("error.escalamiento.sinMotivo", clave(assertThrows(Exception.class, () -> comoGestion.ejecutar(
                () -> escalamientos.escalar(p.getFolio(), " ", actual(p.getFolio()).getVersion())))));
        Escalamiento nivel2 = comoGestion.ejecutar(() -> escalamientos.escalar(p.getFolio(), "Sin solución en 2 días",
                actual(p.getFolio()).getVersion()));
        assertEquals(2, nivel2.getNivel());
        assertEquals(calendarios.calendario(hoy).sumarDiasHabiles(hoy, 3), nivel2.getFechaLimite());
        Escalamiento nivel3 = comoGestion.ejecutar(() -> escalamientos.escalar(p.getFolio(), "Sigue sin solución",
                actual(p.getFolio()).getVersion()));
        assertEquals("error.escalamiento.sinSuperior", clave(assertThrows(Exception.class, () -> comoGestion.ejecutar(
                () -> escalamientos.escalar(p.getFolio(), "Más arriba", actual(p.getFolio()).getVersion())))));

        Peticion escalada = actual(p.getFolio());
        assertEquals(3, escalada.getNivelEscalamiento());
        assertEquals(nivel3.getFechaLimite(), escalada.getLimiteEscalamiento());
        FilaBandeja fila = comoGestion.ejecutar(() -> bandeja.buscar(new FiltroBandeja(p.getFolio(), null, null, null, null,
                null, null, null, null), 0, 10, null, false)).filas().get(0);
        assertEquals(3, fila.nivelEscalamiento());
        assertEquals(Semaforo.de(nivel3.getFechaLimite(), hoy, calendarios.calendario(hoy)), fila.semaforo(),
                "el semáforo sigue al nivel actual");
        assertEquals(List.of("ESCALAMIENTO", "ESCALAMIENTO"), correosDe(p.getFolio()).stream()
                .map(CorreoSaliente::getPlantilla).toList(), "niveles 2 y 3 tienen correo; el 1 no");
        assertEquals(java.util.Set.of("departamento@example.com", "coordinacion@example.com"), correosDe(p.getFolio()).stream()
                .map(CorreoSaliente::getDestinatario).collect(java.util.stream.Collectors.toSet()));

        // The chain changes afterwards: the case keeps what it reached.
        comoAdmin.ejecutar(() -> cadenas.guardarCadena(area.getId(), "Área de prueba renombrada", List.of(
                new NivelEditable("Otra jefatura", null, null, 1))));
        List<Escalamiento> niveles = comoTitularDac.ejecutar(() -> escalamientos.deCaso(p.getFolio()));
        assertEquals(List.of("Jefatura de oficina", "Jefatura de departamento", "Coordinación"),
                niveles.stream().map(Escalamiento::getCargo).toList());
        assertEquals(List.of(Escalamiento.Cierre.ESCALADO, Escalamiento.Cierre.ESCALADO),
                niveles.subList(0, 2).stream().map(Escalamiento::getCierre).toList());

        assertEquals("error.gestion.sinRespuesta", clave(assertThrows(Exception.class, () -> comoGestion.ejecutar(
                () -> conclusion.informarYConcluir(p.getFolio(), "5512345678", " ", actual(p.getFolio()).getVersion())))));
        comoGestion.ejecutar(() -> conclusion.informarYConcluir(p.getFolio(), "5512345678",
                "La coordinación autorizó el pago; se depositará el viernes.", actual(p.getFolio()).getVersion()));
        Expediente e = comoGestion.ejecutar(() -> expedientes.abrir(p.getFolio()));
        assertEquals(EstadoPeticion.CONCLUIDA, e.peticion().getEstado());
        assertEquals(MotivoConclusion.ATENDIDA, e.peticion().getMotivoConclusion());
        assertNull(e.peticion().getNivelEscalamiento());
        assertEquals(Escalamiento.Cierre.RESUELTO, comoGestion.ejecutar(() -> escalamientos.deCaso(p.getFolio())).get(2).getCierre());
        CorreoSaliente cierre = correosDe(p.getFolio()).stream().filter(c -> "CONCLUSION_GESTION".equals(c.getPlantilla()))
                .findFirst().orElseThrow();
        String codigo = e.datosPersonales().codigoConsulta();
        assertTrue(cierre.getCuerpo().contains("consulta.xhtml?folio=" + p.getFolio()), cierre.getCuerpo());
        assertEquals(1, e.bitacora().stream().filter(b -> b.getTipoEvento() == TipoEventoBitacora.ESCALAMIENTO
                && b.getDescripcion().contains("nivel 3")).count());

        // The survey of the status page: once, only with the right code.
        assertEquals(ResultadoEncuesta.NO_DISPONIBLE, consultaPublica.responderEncuesta(p.getFolio(), "AAAA-BBBB-CCCC", 5,
                null, "198.51.100.20"));
        assertEquals(ResultadoEncuesta.INVALIDA, consultaPublica.responderEncuesta(p.getFolio(), codigo, 6, null,
                "198.51.100.20"));
        assertTrue(consultaPublica.consultar(p.getFolio(), codigo, "198.51.100.20").estado().orElseThrow().encuestaPendiente());
        assertEquals(ResultadoEncuesta.REGISTRADA, consultaPublica.responderEncuesta(p.getFolio(), codigo, 4,
                "Rápido y amable", "198.51.100.20"));
        assertEquals(ResultadoEncuesta.YA_RESPONDIDA, consultaPublica.responderEncuesta(p.getFolio(), codigo, 1, null,
                "198.51.100.20"));
        assertFalse(consultaPublica.consultar(p.getFolio(), codigo, "198.51.100.20").estado().orElseThrow().encuestaPendiente());
        Expediente conEncuesta = comoGestion.ejecutar(() -> expedientes.abrir(p.getFolio()));
        assertNotNull(conEncuesta.encuesta());
        assertEquals(4, conEncuesta.encuesta().getCalificacion());
        assertEquals(1, conEncuesta.bitacora().stream().filter(b -> b.getTipoEvento() == TipoEventoBitacora.ENCUESTA).count());

        Peticion abierta = nueva();
        String codigoAbierta = comoGestion.ejecutar(() -> expedientes.abrir(abierta.getFolio())).datosPersonales().codigoConsulta();
        assertEquals(ResultadoEncuesta.NO_DISPONIBLE, consultaPublica.responderEncuesta(abierta.getFolio(), codigoAbierta, 5,
                null, "198.51.100.21"), "sólo peticiones concluidas");

        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM EVENTO_SEGURIDAD WHERE TIPO = 'CAMBIO_CATALOGO' AND DETALLE LIKE ?")) {
            s.setString(1, "%" + claveArea + "%");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertEquals(3, r.getInt(1), "creación y dos cambios de la cadena, con quién y cuándo");
            }
        }
    }

    @EJB private IngresoInstanciaService ingresoInstancia;
    @EJB private NotaInformativaService notas;
    @EJB private BitacoraGestion bitacoras;
    @EJB private FormatosGestionService formatos;
    @EJB private mx.gob.imss.siade.pruebas.ComoJefe comoJefe;

    private static String texto(byte[] pdf) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(d);
        }
    }

    @Test
    @DisplayName("Caso de otra instancia (Anexo 16): errores por campo, Anexo 18 y no 19, formatos en PDF enmascarados, "
            + "nota informativa y conclusión a la instancia")
    void casoDeOtraInstancia() throws Exception {
        String nss = DatosDePrueba.nssNuevo();
        CasoEntrante bueno = new CasoEntrante("DERECHOHABIENTE", "Laura Gómez Téllez", nss, null, "5598765432",
                "laura." + nss + "@example.com", null, "Queja remitida por la CNDH", "Expediente CNDH/1/2026/123", 15L,
                null, null);
        assertEquals("error.gestion.soloPersonalGestion", clave(assertThrows(Exception.class, () -> comoConsultor.ejecutar(
                () -> ingresoInstancia.registrar(bueno, mx.gob.imss.siade.peticion.MedioCaptacion.CORREO_ELECTRONICO,
                        "CNDH", "cndh@example.com")))));
        CasoRechazadoException malo = assertInstanceOf(CasoRechazadoException.class, assertThrows(Exception.class,
                () -> comoGestion.ejecutar(() -> ingresoInstancia.registrar(new CasoEntrante(null, " ", "123", null, null,
                        null, null, "Asunto", null, null, null, null), mx.gob.imss.siade.peticion.MedioCaptacion.TELEFONO,
                        " ", "no-es-correo"))));
        assertEquals(List.of("nombre", "nss", "telefono", "instancia", "correoInstancia"),
                malo.errores().stream().map(CasoRechazadoException.Error::campo).toList());

        Peticion p = comoGestion.ejecutar(() -> ingresoInstancia.registrar(bueno,
                mx.gob.imss.siade.peticion.MedioCaptacion.CORREO_ELECTRONICO, "CNDH", "cndh@example.com"));
        assertEquals("CNDH", actual(p.getFolio()).getInstanciaOrigen());
        LocalDate hoy = OffsetDateTime.now(Tiempo.ZONA_MEXICO).toLocalDate();
        assertTrue(comoGestion.ejecutar(() -> bitacoras.pagina(LibroGestion.CASOS_DE_INSTANCIAS, hoy.minusDays(1),
                hoy.plusDays(1), 0, 1000)).stream().anyMatch(r -> r.folio().equals(p.getFolio()) && r.origen().startsWith("CNDH")));
        assertFalse(comoGestion.ejecutar(() -> bitacoras.pagina(LibroGestion.ATENCION_TELEFONICA, hoy.minusDays(1),
                hoy.plusDays(1), 0, 1000)).stream().anyMatch(r -> r.folio().equals(p.getFolio())));
        Peticion telefonica = comoGestion.ejecutar(() -> ingresoInstancia.registrarDeAtencionTelefonica(new CasoEntrante(
                null, "Ramón Ibarra Soto", null, null, "5511112222", null, null, "Pago de incapacidad", null, null, null,
                null)));
        assertTrue(comoGestion.ejecutar(() -> bitacoras.pagina(LibroGestion.ATENCION_TELEFONICA, hoy.minusDays(1),
                hoy.plusDays(1), 0, 1000)).stream().anyMatch(r -> r.folio().equals(telefonica.getFolio())),
                "el caso de Atención Telefónica capturado a mano está en el Anexo 19");
        String pdfBitacora = texto(comoGestion.ejecutar(() -> bitacoras.exportarPdf(LibroGestion.CASOS_DE_INSTANCIAS,
                hoy.minusDays(1), hoy.plusDays(1))));
        assertTrue(pdfBitacora.contains(p.getFolio()) && pdfBitacora.contains("Anexo 18"), pdfBitacora);

        comoGestion.ejecutar(() -> {
            notas.enviar(p.getFolio(), "Se solicitó información a la UMF; respuesta esperada esta semana.");
            return null;
        });
        CorreoSaliente nota = correosDe(p.getFolio()).stream().filter(c -> "NOTA_INFORMATIVA".equals(c.getPlantilla()))
                .findFirst().orElseThrow();
        assertEquals("cndh@example.com", nota.getDestinatario());

        String formato16 = texto(comoGestion.ejecutar(() -> formatos.pdf(p.getFolio(), FormatoGestion.PETICION)));
        assertTrue(formato16.contains("Formato de petición") && formato16.contains(nss) && formato16.contains("CNDH"), formato16);
        String formato16Titular = texto(comoTitularDac.ejecutar(() -> formatos.pdf(p.getFolio(), FormatoGestion.PETICION)));
        assertFalse(formato16Titular.contains(nss), "el PDF enmascara como la pantalla");
        String formato17 = texto(comoGestion.ejecutar(() -> formatos.pdf(p.getFolio(), FormatoGestion.SEGUIMIENTO)));
        assertTrue(formato17.contains("Nota informativa a CNDH"), formato17);
        assertInstanceOf(AccesoDenegadoException.class, assertThrows(Exception.class, () -> comoConsultor.ejecutar(
                () -> formatos.pdf(p.getFolio(), FormatoGestion.PETICION))), "Correspondencia no imprime casos de Gestión");

        Peticion clasificada = comoGestion.ejecutar(() -> peticiones.clasificar(p.getFolio(), TipoPeticion.QUEJA,
                actual(p.getFolio()).getVersion()));
        comoGestion.ejecutar(() -> conclusion.informarYConcluir(p.getFolio(), "5598765432", "Se corrigió el trato en la UMF.",
                clasificada.getVersion()));
        assertEquals(java.util.Set.of("NOTA_INFORMATIVA", "CONCLUSION_GESTION", "CONCLUSION_INSTANCIA"),
                correosDe(p.getFolio()).stream().map(CorreoSaliente::getPlantilla).collect(java.util.stream.Collectors.toSet()));
        assertEquals("error.gestion.concluida", clave(assertThrows(Exception.class, () -> comoGestion.ejecutar(
                () -> { notas.enviar(p.getFolio(), "Tarde"); return null; }))));
    }

    @EJB private LibretaEnlaceService libreta;
    @EJB private mx.gob.imss.siade.pruebas.ComoJefeGestion comoJefeGestion;

    @Test
    @DisplayName("Libreta de enlace: la escribe el turno de fin de semana, no el diurno; la jefa de Gestión convierte una "
            + "entrada en caso y asigna otra, una sola vez cada una; otras áreas no la ven")
    void libretaDeEnlace() throws Exception {
        java.time.ZonedDateTime sabado = java.time.ZonedDateTime.now(Tiempo.ZONA_MEXICO)
                .with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.SATURDAY))
                .withHour(23).withMinute(5);
        LocalDate habil = calendarios.calendario(sabado.toLocalDate()).sumarDiasHabiles(sabado.toLocalDate(), 1);
        try {
            mx.gob.imss.siade.pruebas.RelojMovible.fijar(sabado.toInstant());
            LibretaEnlaceService.Entrada primera = comoGestion.ejecutar(() -> libreta.escribir("Tomás Aguilar Rivas",
                    "3312345678", "Incapacidad sin pagar", "Pide que lo llamen el lunes."));
            assertEquals(TurnoLibreta.FIN_DE_SEMANA, primera.turno());
            assertEquals("error.libreta.persona", clave(assertThrows(Exception.class, () -> comoGestion.ejecutar(
                    () -> libreta.escribir(" ", null, "Asunto", "Texto")))));
            LibretaEnlaceService.Entrada segunda = comoGestion.ejecutar(() -> libreta.escribir("Irma Salas Cordero", null,
                    "Cita reprogramada", "Confirmar la nueva fecha."));

            mx.gob.imss.siade.pruebas.RelojMovible.fijar(habil.atTime(10, 0).atZone(Tiempo.ZONA_MEXICO).toInstant());
            assertEquals("error.libreta.turnoDiurno", clave(assertThrows(Exception.class, () -> comoGestion.ejecutar(
                    () -> libreta.escribir("Otra persona", null, "Asunto", "Texto")))), "en turno diurno no se escribe");
            assertThrows(Exception.class, () -> comoGestion.ejecutar(() -> libreta.pendientes()), "el consultor no revisa");
            assertFalse(comoJefe.ejecutar(() -> libreta.pendientes()).stream().anyMatch(e -> e.id().equals(primera.id())),
                    "la libreta de Gestión no es de Correspondencia");
            assertEquals("error.libreta.noEncontrada", clave(assertThrows(Exception.class, () -> comoJefe.ejecutar(
                    () -> libreta.convertir(primera.id(), null)))));

            List<LibretaEnlaceService.Entrada> pendientes = comoJefeGestion.ejecutar(() -> libreta.pendientes());
            assertTrue(pendientes.stream().anyMatch(e -> e.id().equals(primera.id()) && "3312345678".equals(e.telefono())));
            String folio = comoJefeGestion.ejecutar(() -> libreta.convertir(primera.id(), "gestion"));
            Expediente caso = comoGestion.ejecutar(() -> expedientes.abrir(folio));
            assertEquals("GESTION", caso.peticion().getAreaDac().getClave());
            assertEquals("gestion", caso.peticion().getConsultor().getNombreUsuario());
            assertEquals("Incapacidad sin pagar", caso.peticion().getAsunto());
            assertEquals(primera.escritaEn().toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                    caso.peticion().getFechaRecepcion().toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            assertTrue(caso.bitacora().stream().anyMatch(b -> b.getDescripcion().contains("libreta de enlace")));
            assertEquals("error.libreta.yaRevisada", clave(assertThrows(Exception.class, () -> comoJefeGestion.ejecutar(
                    () -> libreta.convertir(primera.id(), null)))));
            assertEquals("error.libreta.yaRevisada", clave(assertThrows(Exception.class, () -> comoJefeGestion.ejecutar(
                    () -> { libreta.asignar(primera.id(), "gestion", "otra vez"); return null; }))));
            assertEquals("error.libreta.personaAjena", clave(assertThrows(Exception.class, () -> comoJefeGestion.ejecutar(
                    () -> { libreta.asignar(segunda.id(), "consultor", "Llamarle"); return null; }))));
            comoJefeGestion.ejecutar(() -> {
                libreta.asignar(segunda.id(), "gestion", "Llamarle el lunes para confirmar la cita");
                return null;
            });
            assertTrue(comoGestion.ejecutar(() -> libreta.asignadasAMi()).stream().anyMatch(e -> e.id().equals(segunda.id())
                    && e.instruccion().startsWith("Llamarle")));
            assertFalse(comoJefeGestion.ejecutar(() -> libreta.pendientes()).stream()
                    .anyMatch(e -> e.id().equals(primera.id()) || e.id().equals(segunda.id())));
            try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(
                    "SELECT PERSONA, TELEFONO, REVISION FROM LIBRETA_ENLACE WHERE ID = ?")) {
                s.setLong(1, primera.id());
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    assertFalse(r.getString(1).contains("Tomás") || r.getString(2).contains("3312345678"), "cifrados");
                    assertEquals("CONVERTIDA", r.getString(3));
                }
            }
        } finally {
            mx.gob.imss.siade.pruebas.RelojMovible.restablecer();
        }
    }

    @EJB private mx.gob.imss.siade.derivacion.DerivacionService derivaciones;
    @EJB private mx.gob.imss.siade.catalogos.CatalogoService catalogosService;

    @Test
    @DisplayName("Orientación de Gestión contestada de inmediato; queja de Gestión derivada por correo a la CDAOD por su "
            + "jefa de área (5.37)")
    void orientacionYQuejaDeGestion() throws Exception {
        Peticion orientacion = nueva();
        Peticion clasificada = comoGestion.ejecutar(() -> peticiones.clasificar(orientacion.getFolio(),
                TipoPeticion.ORIENTACION, orientacion.getVersion()));
        comoGestion.ejecutar(() -> peticiones.concluir(orientacion.getFolio(), MotivoConclusion.ORIENTACION_BRINDADA,
                "Se le explicó el trámite por teléfono.", clasificada.getVersion()));
        assertEquals(EstadoPeticion.CONCLUIDA, actual(orientacion.getFolio()).getEstado());

        Peticion queja = nueva();
        Peticion enAnalisis = comoGestion.ejecutar(() -> peticiones.clasificar(queja.getFolio(), TipoPeticion.QUEJA,
                queja.getVersion()));
        mx.gob.imss.siade.catalogos.Instancia cdaod = comoJefeGestion.ejecutar(() -> catalogosService.instancias()).stream()
                .filter(i -> i.getTipo() == mx.gob.imss.siade.catalogos.TipoInstancia.CDAOD && i.getCorreo() != null)
                .findFirst().orElseThrow();
        comoJefeGestion.ejecutar(() -> derivaciones.derivar(queja.getFolio(), cdaod.getId(), "Queja por trato en la UMF",
                enAnalisis.getVersion()));
        assertEquals(EstadoPeticion.DERIVADA, actual(queja.getFolio()).getEstado());
        CorreoSaliente aviso = correosDe(queja.getFolio()).stream().filter(c -> "ANEXO_41".equals(c.getPlantilla()))
                .findFirst().orElseThrow();
        assertEquals(cdaod.getCorreo(), aviso.getDestinatario());
    }
}
