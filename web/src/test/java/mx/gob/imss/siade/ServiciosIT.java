package mx.gob.imss.siade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import mx.gob.imss.siade.bitacora.TipoEventoBitacora;
import mx.gob.imss.siade.catalogos.AreaDac;
import mx.gob.imss.siade.catalogos.CatalogoService;
import mx.gob.imss.siade.catalogos.OrigenDiaInhabil;
import mx.gob.imss.siade.consulta.BandejaService;
import mx.gob.imss.siade.consulta.Expediente;
import mx.gob.imss.siade.seguridad.AccesoDenegadoException;
import mx.gob.imss.siade.consulta.ExpedienteService;
import mx.gob.imss.siade.consulta.FiltroBandeja;
import mx.gob.imss.siade.consulta.PaginaBandeja;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.oficios.FolioOficio;
import mx.gob.imss.siade.oficios.FolioOficioRepository;
import mx.gob.imss.siade.personas.Curp;
import mx.gob.imss.siade.personas.DatoPersonalInvalidoException;
import mx.gob.imss.siade.personas.DatosPersonales;
import mx.gob.imss.siade.personas.Nss;
import mx.gob.imss.siade.personas.TipoPersonaUsuaria;
import mx.gob.imss.siade.peticion.EstadoPeticion;
import mx.gob.imss.siade.peticion.Folio;
import mx.gob.imss.siade.peticion.MedioCaptacion;
import mx.gob.imss.siade.peticion.MotivoConclusion;
import mx.gob.imss.siade.peticion.NuevaPeticion;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.peticion.PeticionModificadaException;
import mx.gob.imss.siade.peticion.PeticionService;
import mx.gob.imss.siade.peticion.TipoPeticion;
import mx.gob.imss.siade.peticion.TransicionNoPermitidaException;
import mx.gob.imss.siade.plazos.ConfiguracionPlazosService;
import mx.gob.imss.siade.plazos.PlazoInvalidoException;
import mx.gob.imss.siade.plazos.PlazoService;
import mx.gob.imss.siade.pruebas.ComoAdmin;
import mx.gob.imss.siade.pruebas.ComoConsultor;
import mx.gob.imss.siade.pruebas.ComoCorrespondencia;
import mx.gob.imss.siade.pruebas.ComoJuridico;
import mx.gob.imss.siade.pruebas.ComoSupervisor;
import mx.gob.imss.siade.pruebas.ComoTitularDac;
import mx.gob.imss.siade.pruebas.Despliegue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The services inside Payara Micro, on H2 in Oracle mode migrated by Flyway from ddl/: persistence,
 * transactions, role checks and encryption at rest. One deployment for all (each costs a Micro
 * start); every test makes its own petitions, so they do not depend on each other or on order.
 */
@ExtendWith(ArquillianExtension.class)
class ServiciosIT {

    private static final String NSS_PRUEBA = "42999012349";

    @Deployment
    static WebArchive despliegue() {
        return Despliegue.conEjecutoresDeRol();
    }

    @EJB
    private PeticionService peticiones;

    @EJB
    private ExpedienteService expedientes;

    @EJB
    private BandejaService bandeja;

    @EJB
    private CatalogoService catalogos;

    @EJB
    private ComoCorrespondencia comoCorrespondencia;

    @EJB
    private ComoSupervisor comoSupervisor;

    @EJB
    private ComoJuridico comoJuridico;

    @EJB
    private ComoTitularDac comoTitularDac;

    @EJB
    private ComoConsultor comoConsultor;

    @Inject
    private FolioOficioRepository foliosOficio;

    @EJB
    private ConfiguracionPlazosService configuracionPlazos;

    @EJB
    private PlazoService plazos;

    @EJB
    private ComoAdmin comoAdmin;

    @EJB
    private mx.gob.imss.siade.pruebas.ComoGestion comoGestion;

    @EJB
    private mx.gob.imss.siade.gestion.LlamadaService llamadas;

    @EJB
    private mx.gob.imss.siade.notificaciones.CorreoService correos;

    @Resource(lookup = "jdbc/siade")
    private DataSource ds;

    private Peticion registrar(String asunto) throws Exception {
        NuevaPeticion nueva = new NuevaPeticion(TipoPersonaUsuaria.DERECHOHABIENTE, "María José Núñez Peña",
                new DatosPersonales(Nss.de(NSS_PRUEBA), Curp.de("LOMA900215MJCPRN00"), null, "3312345678",
                        "maria.nunez@example.com", "Av. Juárez 10, Guadalajara"),
                MedioCaptacion.CORREO_POSTAL, "CORRESPONDENCIA", 15L, null, asunto, "Resumen de prueba",
                OffsetDateTime.now(Tiempo.ZONA_MEXICO).minusHours(2));
        return comoCorrespondencia.ejecutar(() -> peticiones.registrar(nueva));
    }

    private Expediente abrirComoSupervisor(String folio) throws Exception {
        return comoSupervisor.ejecutar(() -> expedientes.abrir(folio));
    }

    @Test
    @DisplayName("Flyway migró el esquema de ddl/ y cargó los catálogos")
    void esquemaYCatalogos() throws Exception {
        assertEquals(35, comoSupervisor.ejecutar(() -> catalogos.ooads()).size());
        assertEquals(6, comoSupervisor.ejecutar(() -> catalogos.areasDac()).size());
        assertTrue(comoSupervisor.ejecutar(() -> catalogos.instancias()).size() >= 35 + 8 + 8 + 6 + 2);
    }

    @Test
    @DisplayName("Registrar da un folio válido, estado REGISTRADA y la primera entrada de bitácora")
    void registrarDaFolioYBitacora() throws Exception {
        Peticion p = registrar("Registro de prueba");
        Folio folio = Folio.de(p.getFolio());
        assertEquals(LocalDate.now(Tiempo.ZONA_MEXICO).getYear(), Integer.parseInt(folio.valor().substring(0, 4)));
        Expediente e = abrirComoSupervisor(p.getFolio());
        assertEquals(EstadoPeticion.REGISTRADA, e.peticion().getEstado());
        assertEquals(1, e.bitacora().size());
        assertEquals(TipoEventoBitacora.REGISTRO, e.bitacora().get(0).getTipoEvento());
        assertEquals("Jalisco", e.peticion().getOoad().getNombre());
        assertEquals(NSS_PRUEBA, e.datosPersonales().nss());
        assertEquals("maria.nunez@example.com", e.datosPersonales().correo());
    }

    @Test
    @DisplayName("Dos registros seguidos nunca comparten folio")
    void foliosUnicos() throws Exception {
        assertFalse(registrar("Uno").getFolio().equals(registrar("Dos").getFolio()));
    }

    @Test
    @DisplayName("Los datos personales se guardan cifrados; la huella permite buscar por NSS")
    void datosPersonalesCifradosEnReposo() throws Exception {
        Peticion p = registrar("Cifrado en reposo");
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT pu.NSS_CIFRADO, pu.NSS_HASH, pu.CURP_CIFRADO, pu.TELEFONO_CIFRADO, pu.CORREO_CIFRADO,"
                        + " pu.DOMICILIO_CIFRADO FROM PETICION p JOIN PERSONA_USUARIA pu ON pu.ID = p.PERSONA_USUARIA_ID"
                        + " WHERE p.FOLIO = ?")) {
            s.setString(1, p.getFolio());
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                String fila = rs.getString(1) + rs.getString(3) + rs.getString(4) + rs.getString(5) + rs.getString(6);
                assertFalse(fila.contains(NSS_PRUEBA));
                assertFalse(fila.contains("LOMA900215"));
                assertFalse(fila.contains("3312345678"));
                assertFalse(fila.contains("maria.nunez"));
                assertFalse(fila.contains("Juárez"));
                assertEquals(64, rs.getString(2).length());
            }
        }
        PaginaBandeja pagina = comoTitularDac.ejecutar(() -> bandeja.buscar(
                new FiltroBandeja(null, NSS_PRUEBA, null, null, null, null, null, null, null), 0, 200, null, false));
        assertTrue(pagina.filas().stream().anyMatch(f -> f.folio().equals(p.getFolio())));
        assertThrows(DatoPersonalInvalidoException.class, () -> comoTitularDac.ejecutar(() -> bandeja.buscar(
                new FiltroBandeja(null, "42999012340", null, null, null, null, null, null, null), 0, 20, null, false)));
    }

    @Test
    @DisplayName("El plazo corre desde la recepción: sin clasificar, el del medio; clasificada, el del tipo; un día"
            + " inhábil no cuenta")
    void plazoDesdeLaRecepcion() throws Exception {
        // Received Friday 13 Nov 2026 by post; Monday 16 Nov is a federal holiday (Revolución).
        OffsetDateTime viernes = java.time.LocalDateTime.of(2026, 11, 13, 17, 30).atZone(Tiempo.ZONA_MEXICO)
                .toOffsetDateTime();
        NuevaPeticion nueva = new NuevaPeticion(TipoPersonaUsuaria.DERECHOHABIENTE, "Persona del viernes "
                + mx.gob.imss.siade.pruebas.DatosDePrueba.nssNuevo(), mx.gob.imss.siade.personas.DatosPersonales.vacios(),
                MedioCaptacion.CORREO_POSTAL, "CORRESPONDENCIA", 15L, null, "Recibida antes de un día inhábil", null,
                viernes);
        Peticion p = comoCorrespondencia.ejecutar(() -> peticiones.registrar(nueva));
        // Correo postal: 10 días hábiles from Tue 17 Nov (the 16th is inhábil) → Mon 30 Nov.
        assertEquals(LocalDate.of(2026, 11, 30), p.getFechaLimite(), "sin clasificar, plazo del medio");
        Peticion clasificada = comoSupervisor.ejecutar(() -> peticiones.clasificar(p.getFolio(), TipoPeticion.GESTION,
                p.getVersion()));
        // Gestión: 5 días hábiles from the reception, whatever the day it was classified → Mon 23 Nov.
        assertEquals(LocalDate.of(2026, 11, 23), clasificada.getFechaLimite(), "clasificada, plazo del tipo desde la recepción");
    }

    @Test
    @DisplayName("Al registrar, la petición queda con el consultor del área con menos casos abiertos; el supervisor"
            + " la reasigna con motivo y bitácora; «mis casos» lista sólo las del consultor")
    void asignacionDeConsultor() throws Exception {
        Peticion p = registrar("Para asignar");
        String inicial = p.getConsultor().getNombreUsuario();
        assertTrue(List.of("consultor", "consultora").contains(inicial), inicial);
        assertTrue(abrirComoSupervisor(p.getFolio()).bitacora().get(0).getDescripcion().contains("Asignada a"));
        String otro = inicial.equals("consultor") ? "consultora" : "consultor";

        assertEquals("error.asignacion.sinMotivo", assertThrows(mx.gob.imss.siade.infra.ReglaNegocioException.class,
                () -> comoSupervisor.ejecutar(() -> peticiones.reasignar(p.getFolio(), otro, " ", p.getVersion()))).clave());
        assertEquals("error.asignacion.consultorInvalido", assertThrows(mx.gob.imss.siade.infra.ReglaNegocioException.class,
                () -> comoSupervisor.ejecutar(() -> peticiones.reasignar(p.getFolio(), "gestion", "Otra área",
                        p.getVersion()))).clave(), "sólo consultores de su área");
        Peticion reasignada = comoSupervisor.ejecutar(() -> peticiones.reasignar(p.getFolio(), otro,
                "Vacaciones del consultor", p.getVersion()));
        assertEquals(otro, reasignada.getConsultor().getNombreUsuario());
        Expediente e = abrirComoSupervisor(p.getFolio());
        assertTrue(e.bitacora().stream().anyMatch(ev -> ev.getTipoEvento() == TipoEventoBitacora.ASIGNACION
                && ev.getDescripcion().contains("Reasignada de") && ev.getDescripcion().contains("Vacaciones del consultor")));
        assertThrows(mx.gob.imss.siade.peticion.PeticionModificadaException.class, () -> comoSupervisor.ejecutar(
                () -> peticiones.reasignar(p.getFolio(), inicial, "Con la versión vieja", p.getVersion())),
                "un caso cambiado entretanto no se sobrescribe");
        assertThrows(EJBAccessException.class, () -> comoConsultor.ejecutar(() -> peticiones.reasignar(p.getFolio(),
                inicial, "Yo mismo", reasignada.getVersion())));

        PaginaBandeja mios = comoSupervisor.ejecutar(() -> bandeja.buscar(new FiltroBandeja(p.getFolio(), null, null,
                null, null, null, null, null, null, true, otro), 0, 20, null, true));
        assertEquals(List.of(p.getFolio()), mios.filas().stream().map(f -> f.folio()).toList());
        PaginaBandeja ajenos = comoSupervisor.ejecutar(() -> bandeja.buscar(new FiltroBandeja(p.getFolio(), null, null,
                null, null, null, null, null, null, true, inicial), 0, 20, null, true));
        assertEquals(0, ajenos.total(), "ya no es caso de " + inicial);
    }

    @Test
    @DisplayName("Clasificar fija tipo y fecha límite en días hábiles y escribe la bitácora")
    void clasificar() throws Exception {
        Peticion p = registrar("Para clasificar");
        Peticion clasificada = comoSupervisor.ejecutar(() -> peticiones.clasificar(p.getFolio(), TipoPeticion.QUEJA, p.getVersion()));
        assertEquals(EstadoPeticion.EN_ANALISIS, clasificada.getEstado());
        assertNotNull(clasificada.getFechaLimite());
        assertTrue(clasificada.getFechaLimite().isAfter(LocalDate.now(Tiempo.ZONA_MEXICO).plusDays(9)),
                "10 días hábiles desde la recepción (hace dos horas)");
        Expediente e = abrirComoSupervisor(p.getFolio());
        assertEquals(2, e.bitacora().size());
        assertEquals(EstadoPeticion.REGISTRADA, e.bitacora().get(1).getEstadoAnterior());
        assertEquals(EstadoPeticion.EN_ANALISIS, e.bitacora().get(1).getEstadoNuevo());
    }

    @Test
    @DisplayName("Dos personas cambian la misma versión: una gana, la otra recibe un aviso y nada se duplica")
    void cambioConcurrente() throws Exception {
        Peticion p = registrar("Concurrencia");
        long vista = p.getVersion();
        comoSupervisor.ejecutar(() -> peticiones.clasificar(p.getFolio(), TipoPeticion.ORIENTACION, vista));
        PeticionModificadaException e = assertThrows(PeticionModificadaException.class,
                () -> comoSupervisor.ejecutar(() -> peticiones.clasificar(p.getFolio(), TipoPeticion.QUEJA, vista)));
        assertEquals("error.peticion.modificada", e.clave());
        Expediente despues = abrirComoSupervisor(p.getFolio());
        assertEquals(TipoPeticion.ORIENTACION, despues.peticion().getTipo());
        assertEquals(2, despues.bitacora().size());
    }

    @Test
    @DisplayName("Una transición cuya transacción falla no deja estado ni bitácora")
    void transicionFallidaNoDejaRastro() throws Exception {
        Peticion p = registrar("Rollback");
        assertThrows(EJBException.class, () -> comoSupervisor.ejecutarYFallar(
                () -> peticiones.clasificar(p.getFolio(), TipoPeticion.QUEJA, p.getVersion())));
        Expediente e = abrirComoSupervisor(p.getFolio());
        assertEquals(EstadoPeticion.REGISTRADA, e.peticion().getEstado());
        assertEquals(1, e.bitacora().size());
    }

    @Test
    @DisplayName("Una transición no permitida en el estado actual se rechaza sin escribir nada")
    void transicionNoPermitida() throws Exception {
        Peticion p = registrar("Orientación concluida");
        Peticion c = comoSupervisor.ejecutar(() -> peticiones.clasificar(p.getFolio(), TipoPeticion.ORIENTACION, p.getVersion()));
        Peticion concluida = comoSupervisor.ejecutar(() -> peticiones.concluir(p.getFolio(),
                MotivoConclusion.ORIENTACION_BRINDADA, "Se orientó por teléfono", c.getVersion()));
        assertEquals(EstadoPeticion.CONCLUIDA, concluida.getEstado());
        TransicionNoPermitidaException e = assertThrows(TransicionNoPermitidaException.class, () -> comoSupervisor
                .ejecutar(() -> peticiones.clasificar(p.getFolio(), TipoPeticion.QUEJA, concluida.getVersion())));
        assertEquals("error.transicion.estado", e.clave());
        assertEquals(3, abrirComoSupervisor(p.getFolio()).bitacora().size());
    }

    @Test
    @DisplayName("Cada servicio revisa el rol en el servidor")
    void rolesEnElServidor() throws Exception {
        Peticion p = registrar("Roles");
        assertThrows(EJBAccessException.class, () -> comoJuridico.ejecutar(
                () -> peticiones.clasificar(p.getFolio(), TipoPeticion.QUEJA, p.getVersion())));
        assertThrows(EJBAccessException.class, () -> comoCorrespondencia.ejecutar(
                () -> peticiones.clasificar(p.getFolio(), TipoPeticion.QUEJA, p.getVersion())));
        assertThrows(EJBAccessException.class, () -> comoTitularDac.ejecutar(
                () -> peticiones.concluir(p.getFolio(), MotivoConclusion.ATENDIDA, null, p.getVersion())));
        assertThrows(EJBAccessException.class, () -> peticiones.transicionesDisponibles(EstadoPeticion.REGISTRADA));
        assertThrows(EJBAccessException.class, () -> expedientes.abrir(p.getFolio()));
        assertEquals(EstadoPeticion.REGISTRADA, abrirComoSupervisor(p.getFolio()).peticion().getEstado());
    }

    @Test
    @DisplayName("La consulta del área jurídica queda en la bitácora; los titulares ven datos enmascarados")
    void consultaJuridicaYEnmascarado() throws Exception {
        Peticion p = registrar("Consulta jurídica");
        Expediente juridico = comoJuridico.ejecutar(() -> expedientes.abrir(p.getFolio()));
        assertEquals(NSS_PRUEBA, juridico.datosPersonales().nss());
        Expediente supervisor = abrirComoSupervisor(p.getFolio());
        assertTrue(supervisor.bitacora().stream().anyMatch(ev -> ev.getTipoEvento() == TipoEventoBitacora.CONSULTA_JURIDICO));
        Expediente titular = comoTitularDac.ejecutar(() -> expedientes.abrir(p.getFolio()));
        assertTrue(titular.datosPersonales().enmascarados());
        assertEquals("*******2349", titular.datosPersonales().nss());
        assertFalse(titular.datosPersonales().correo().contains("@"));
    }

    @Test
    @DisplayName("La bandeja pagina, filtra por estado, OOAD y fechas, y ordena en la base de datos")
    void bandejaFiltraYPagina() throws Exception {
        Peticion a = registrar("Bandeja A");
        Peticion b = registrar("Bandeja B");
        comoSupervisor.ejecutar(() -> peticiones.clasificar(b.getFolio(), TipoPeticion.QUEJA, b.getVersion()));
        LocalDate hoy = LocalDate.now(Tiempo.ZONA_MEXICO);
        FiltroBandeja enAnalisisJalisco = new FiltroBandeja(null, null, EstadoPeticion.EN_ANALISIS, null, 15L, null,
                hoy.minusDays(1), hoy, null);
        List<String> folios = comoTitularDac.ejecutar(() -> bandeja.buscar(enAnalisisJalisco, 0, 200, "folio", true))
                .filas().stream().map(f -> f.folio()).toList();
        assertTrue(folios.contains(b.getFolio()));
        assertFalse(folios.contains(a.getFolio()));
        PaginaBandeja primera = comoTitularDac.ejecutar(() -> bandeja.buscar(FiltroBandeja.vacio(), 0, 2, "folio", false));
        assertEquals(2, primera.filas().size());
        assertTrue(primera.total() >= 4);
        assertTrue(primera.filas().get(0).folio().compareTo(primera.filas().get(1).folio()) > 0);
        PaginaBandeja porFolio = comoTitularDac.ejecutar(() -> bandeja.buscar(
                new FiltroBandeja(a.getFolio(), null, null, null, null, null, null, null, null), 0, 20, null, false));
        assertEquals(1, porFolio.total());
    }

    @Test
    @DisplayName("Un consultor sólo ve en su bandeja las peticiones de su área; los titulares ven todas")
    void bandejaPorArea() throws Exception {
        Peticion deCorrespondencia = registrar("Área correspondencia");
        NuevaPeticion nueva = new NuevaPeticion(TipoPersonaUsuaria.POBLACION_USUARIA, "Pedro Ruiz",
                DatosPersonales.vacios(), MedioCaptacion.TELEFONO, "GESTION", null, null, "Área gestión", null, null);
        Peticion deGestion = comoCorrespondencia.ejecutar(() -> peticiones.registrar(nueva));
        // ComoConsultor runs as the demo user "consultor", of the Correspondencia área.
        List<String> delConsultor = comoConsultor.ejecutar(() -> bandeja.buscar(FiltroBandeja.vacio(), 0, 200, null, false))
                .filas().stream().map(f -> f.folio()).toList();
        assertTrue(delConsultor.contains(deCorrespondencia.getFolio()));
        assertFalse(delConsultor.contains(deGestion.getFolio()));
        List<String> delTitular = comoTitularDac.ejecutar(() -> bandeja.buscar(FiltroBandeja.vacio(), 0, 200, null, false))
                .filas().stream().map(f -> f.folio()).toList();
        assertTrue(delTitular.contains(deGestion.getFolio()));
        assertTrue(comoTitularDac.ejecutar(() -> bandeja.veTodasLasAreas()));
        assertFalse(comoConsultor.ejecutar(() -> bandeja.veTodasLasAreas()));
    }

    @Test
    @DisplayName("Los folios de oficio son consecutivos por área y año")
    void foliosDeOficioPorAreaYAnio() throws Exception {
        AreaDac correspondencia = new AreaDac(6L, "CORRESPONDENCIA", "Correspondencia");
        AreaDac gestion = new AreaDac(2L, "GESTION", "Gestión");
        FolioOficio primero = comoSupervisor.ejecutar(() -> foliosOficio.siguiente(correspondencia, 2031));
        FolioOficio segundo = comoSupervisor.ejecutar(() -> foliosOficio.siguiente(correspondencia, 2031));
        FolioOficio otraArea = comoSupervisor.ejecutar(() -> foliosOficio.siguiente(gestion, 2031));
        FolioOficio otroAnio = comoSupervisor.ejecutar(() -> foliosOficio.siguiente(correspondencia, 2032));
        assertEquals("CORRESPONDENCIA/000001/2031", primero.valor());
        assertEquals(2, segundo.consecutivo());
        assertEquals("GESTION/000001/2031", otraArea.valor());
        assertEquals(1, otroAnio.consecutivo());
        assertThrows(EJBException.class,
                () -> comoSupervisor.ejecutarYFallar(() -> foliosOficio.siguiente(correspondencia, 2031)));
        assertEquals(3, comoSupervisor.ejecutar(() -> foliosOficio.siguiente(correspondencia, 2031)).consecutivo(),
                "un folio de una transacción revertida se vuelve a entregar");
    }

    @Test
    @DisplayName("El administrador ajusta plazos y días inhábiles y los cálculos de plazo los usan de inmediato")
    void configuracionDePlazos() throws Exception {
        LocalDate lunes = LocalDate.of(2031, 3, 3);
        assertEquals(LocalDate.of(2031, 3, 4), comoSupervisor.ejecutar(() -> plazos.calendario(lunes))
                .sumarDiasHabiles(lunes, 1));
        comoAdmin.ejecutar(() -> configuracionPlazos.agregarDiaInhabil(LocalDate.of(2031, 3, 4), "Día de prueba",
                OrigenDiaInhabil.INSTITUCIONAL));
        assertEquals(LocalDate.of(2031, 3, 5), comoSupervisor.ejecutar(() -> plazos.calendario(lunes))
                .sumarDiasHabiles(lunes, 1), "el día nuevo cuenta ya en este nodo");
        assertEquals("error.plazo.diaRepetido", assertThrows(PlazoInvalidoException.class, () -> comoAdmin.ejecutar(
                () -> configuracionPlazos.agregarDiaInhabil(LocalDate.of(2031, 3, 4), "Otra vez",
                        OrigenDiaInhabil.INSTITUCIONAL))).clave());

        comoAdmin.ejecutar(() -> configuracionPlazos.fijarPlazo(TipoPeticion.SUGERENCIA, 12));
        assertEquals(LocalDate.of(2031, 3, 21), comoSupervisor.ejecutar(() -> plazos.fechaLimite(TipoPeticion.SUGERENCIA, lunes)),
                "12 días hábiles desde el lunes 3, sin el martes 4 (institucional) ni el lunes 17 (natalicio de Benito"
                        + " Juárez, federal: calculado aunque 2031 no esté sembrado)");
        assertEquals("El día 04/03/2031 ya está en el calendario.", mx.gob.imss.siade.web.infra.Mensajes.texto(
                "error.plazo.diaRepetido", assertThrows(PlazoInvalidoException.class, () -> comoAdmin.ejecutar(
                        () -> configuracionPlazos.agregarDiaInhabil(LocalDate.of(2031, 3, 4), "Otra vez",
                                OrigenDiaInhabil.INSTITUCIONAL))).argumentos()), "la fecha como se lee, no ISO");
        assertEquals("error.plazo.rango", assertThrows(PlazoInvalidoException.class, () -> comoAdmin.ejecutar(
                () -> configuracionPlazos.fijarPlazo(TipoPeticion.SUGERENCIA, 400))).clave());
        assertThrows(EJBAccessException.class, () -> comoSupervisor.ejecutar(
                () -> configuracionPlazos.fijarPlazo(TipoPeticion.SUGERENCIA, 1)));
    }

    @Test
    @DisplayName("El filtro de folio toma % y _ como texto, no como comodines")
    void filtroDeFolioLiteral() throws Exception {
        registrar("Para el filtro literal");
        for (String comodin : new String[] {"%", "_", "2%", "20__"}) {
            PaginaBandeja pagina = comoTitularDac.ejecutar(() -> bandeja.buscar(
                    new FiltroBandeja(comodin, null, null, null, null, null, null, null, null), 0, 20, null, false));
            assertEquals(0, pagina.total(), comodin);
        }
    }

    @Test
    @DisplayName("Gestión registra sus llamadas de primer contacto: cada intento en el expediente y la bitácora, el número "
            + "cifrado en reposo y enmascarado a la titular; localizada, se le envía su folio y su código de consulta")
    void llamadasDePrimerContacto() throws Exception {
        Peticion p = comoGestion.ejecutar(() -> peticiones.registrar(mx.gob.imss.siade.pruebas.DatosDePrueba.nuevaPeticion(
                "GESTION", "Gestión de pago de incapacidad")));
        assertEquals("error.llamada.numero", assertThrows(mx.gob.imss.siade.gestion.CasoRechazadoException.class,
                () -> comoGestion.ejecutar(() -> {
                    llamadas.registrar(p.getFolio(), "abc", mx.gob.imss.siade.gestion.ResultadoLlamada.NO_CONTESTA, null);
                    return null;
                })).clave());
        comoGestion.ejecutar(() -> {
            llamadas.registrar(p.getFolio(), "55 1234 5678", mx.gob.imss.siade.gestion.ResultadoLlamada.NO_CONTESTA,
                    "Primer intento");
            llamadas.registrar(p.getFolio(), "55 1234 5678", mx.gob.imss.siade.gestion.ResultadoLlamada.LOCALIZADA, null);
            return null;
        });
        var vistas = comoGestion.ejecutar(() -> llamadas.deCaso(p.getFolio()));
        assertEquals(2, vistas.size());
        assertEquals("55 1234 5678", vistas.get(0).numero());
        assertEquals(mx.gob.imss.siade.gestion.ResultadoLlamada.LOCALIZADA, vistas.get(1).resultado());
        var delTitular = comoTitularDac.ejecutar(() -> llamadas.deCaso(p.getFolio()));
        assertFalse(delTitular.get(0).numero().contains("1234"), "enmascarado: " + delTitular.get(0).numero());
        assertInstanceOf(AccesoDenegadoException.class, assertThrows(Exception.class, () -> comoConsultor.ejecutar(() -> {
            llamadas.registrar(p.getFolio(), "5512345678", mx.gob.imss.siade.gestion.ResultadoLlamada.BUZON, null);
            return null;
        })), "el consultor de Correspondencia no llama por casos de Gestión");

        Expediente e = comoTitularDac.ejecutar(() -> expedientes.abrir(p.getFolio()));
        assertEquals(2, e.bitacora().stream().filter(b -> b.getTipoEvento() == TipoEventoBitacora.LLAMADA).count());
        var correosDelCaso = comoSupervisor.ejecutar(() -> correos.recientes(0, 200)).stream()
                .filter(c -> c.getPeticion() != null && p.getFolio().equals(c.getPeticion().getFolio())).toList();
        assertEquals(1, correosDelCaso.size(), "localizada: un correo con su folio");
        assertEquals("LOCALIZADA", correosDelCaso.get(0).getPlantilla());
        String codigo = comoGestion.ejecutar(() -> expedientes.abrir(p.getFolio())).datosPersonales().codigoConsulta();
        assertTrue(correosDelCaso.get(0).getCuerpo().contains(codigo), correosDelCaso.get(0).getCuerpo());
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT NUMERO FROM LLAMADA l JOIN PETICION p ON p.ID = l.PETICION_ID WHERE p.FOLIO = ?")) {
            s.setString(1, p.getFolio());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    assertFalse(r.getString(1).contains("1234"), "el número se guarda cifrado");
                }
            }
        }
    }
}
