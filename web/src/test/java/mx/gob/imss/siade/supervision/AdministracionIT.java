package mx.gob.imss.siade.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import mx.gob.imss.siade.bitacora.EventoBitacora;
import mx.gob.imss.siade.bitacora.TipoEventoBitacora;
import mx.gob.imss.siade.catalogos.AdministracionCatalogosService;
import mx.gob.imss.siade.catalogos.Catalogo;
import mx.gob.imss.siade.catalogos.CatalogoService;
import mx.gob.imss.siade.catalogos.DatosCatalogo;
import mx.gob.imss.siade.catalogos.FilaCatalogo;
import mx.gob.imss.siade.catalogos.TipoInstancia;
import mx.gob.imss.siade.consulta.BandejaService;
import mx.gob.imss.siade.consulta.ExpedienteService;
import mx.gob.imss.siade.consulta.FilaBandeja;
import mx.gob.imss.siade.consulta.FiltroBandeja;
import mx.gob.imss.siade.datoscomplementarios.CanalSolicitud;
import mx.gob.imss.siade.datoscomplementarios.DatosComplementariosService;
import mx.gob.imss.siade.derivacion.DerivacionService;
import mx.gob.imss.siade.infra.ReglaNegocioException;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.notificaciones.CorreoSaliente;
import mx.gob.imss.siade.notificaciones.CorreoService;
import mx.gob.imss.siade.oficios.OficioService;
import mx.gob.imss.siade.oficios.TipoOficio;
import mx.gob.imss.siade.peticion.EstadoPeticion;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.peticion.PeticionService;
import mx.gob.imss.siade.peticion.TipoPeticion;
import mx.gob.imss.siade.pruebas.ComoAdmin;
import mx.gob.imss.siade.pruebas.ComoConsultor;
import mx.gob.imss.siade.pruebas.ComoCorrespondencia;
import mx.gob.imss.siade.pruebas.ComoJefe;
import mx.gob.imss.siade.pruebas.ComoJefeGestion;
import mx.gob.imss.siade.pruebas.ComoSupervisor;
import mx.gob.imss.siade.pruebas.DatosDePrueba;
import mx.gob.imss.siade.pruebas.Despliegue;
import mx.gob.imss.siade.pruebas.RelojMovible;
import mx.gob.imss.siade.seguridad.AccesoDenegadoException;
import mx.gob.imss.siade.seguridad.DatosUsuario;
import mx.gob.imss.siade.seguridad.EventoSeguridad;
import mx.gob.imss.siade.seguridad.IntentoAcceso;
import mx.gob.imss.siade.seguridad.IntentosAccesoService;
import mx.gob.imss.siade.seguridad.Rol;
import mx.gob.imss.siade.seguridad.TipoEventoSeguridad;
import mx.gob.imss.siade.seguridad.Usuario;
import mx.gob.imss.siade.seguridad.UsuariosService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Supervision and administration: bulk reassignment, anulación, users and sign-in locks, catalogues. */
@ExtendWith(ArquillianExtension.class)
class AdministracionIT {

    @Deployment
    static WebArchive despliegue() {
        return Despliegue.conEjecutoresDeRol();
    }

    @EJB private PeticionService peticiones;
    @EJB private ExpedienteService expedientes;
    @EJB private BandejaService bandeja;
    @EJB private ReasignacionMasivaService reasignacion;
    @EJB private AnulacionService anulaciones;
    @EJB private DerivacionService derivaciones;
    @EJB private OficioService oficios;
    @EJB private DatosComplementariosService datos;
    @EJB private CatalogoService catalogos;
    @EJB private AdministracionCatalogosService administracionCatalogos;
    @EJB private UsuariosService usuarios;
    @EJB private IntentosAccesoService intentos;
    @EJB private CorreoService correos;
    @EJB private mx.gob.imss.siade.oficios.PlantillaOficioService plantillasOficio;
    @EJB private mx.gob.imss.siade.indicadores.IndicadoresService indicadores;
    @EJB private mx.gob.imss.siade.indicadores.ActualizacionIndicadores actualizacion;
    @EJB private mx.gob.imss.siade.indicadores.EnvioReporteMensual envioMensual;
    @jakarta.inject.Inject private mx.gob.imss.siade.plazos.CalendarioRepository calendarios;
    @EJB private ComoCorrespondencia comoCorrespondencia;
    @EJB private ComoConsultor comoConsultor;
    @EJB private ComoSupervisor comoSupervisor;
    @EJB private ComoJefe comoJefe;
    @EJB private ComoJefeGestion comoJefeGestion;
    @EJB private ComoAdmin comoAdmin;

    private Peticion nueva() throws Exception {
        return comoCorrespondencia.ejecutar(() -> peticiones.registrar(DatosDePrueba.nuevaPeticion("CORRESPONDENCIA", null)));
    }

    private Peticion actual(String folio) throws Exception {
        return comoSupervisor.ejecutar(() -> expedientes.abrir(folio)).peticion();
    }

    private List<EventoBitacora> bitacora(String folio) throws Exception {
        return comoAdmin.ejecutar(() -> expedientes.abrir(folio)).bitacora();
    }

    private long area(String clave) throws Exception {
        return comoAdmin.ejecutar(() -> catalogos.areasDac()).stream().filter(a -> clave.equals(a.getClave()))
                .findFirst().orElseThrow().getId();
    }

    /** Refused by the role check of the EJB (@RolesAllowed), whatever wraps it. */
    private static void denegado(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException) {
                return;
            }
        }
        throw new AssertionError("no fue rechazo de acceso: " + e, e);
    }

    private static String clave(Exception e) {
        Throwable t = e;
        while (t != null && !(t instanceof ReglaNegocioException)) {
            t = t.getCause();
        }
        return assertInstanceOf(ReglaNegocioException.class, t, String.valueOf(e)).clave();
    }

    @Test
    @DisplayName("Reasignación masiva: los casos vistos pasan de un paso con su bitácora; el cambiado entretanto, el concluido"
            + " y el de otra área se informan y quedan como estaban")
    void reasignacionMasivaConConflictos() throws Exception {
        Peticion a = nueva();
        Peticion b = nueva();
        Peticion c = nueva();
        Peticion concluida = nueva();
        // Someone else changes b after the supervisor saw it.
        comoConsultor.ejecutar(() -> peticiones.clasificar(b.getFolio(), TipoPeticion.QUEJA, b.getVersion()));
        Peticion anulada = comoJefe.ejecutar(() -> anulaciones.anular(concluida.getFolio(), "Duplicado", concluida.getVersion()));
        Peticion deGestion = comoJefeGestion.ejecutar(() -> peticiones.registrar(DatosDePrueba.nuevaPeticion("GESTION", null)));
        long gestion = area("GESTION");
        List<CasoVisto> vistos = List.of(new CasoVisto(a.getFolio(), a.getVersion()), new CasoVisto(b.getFolio(), b.getVersion()),
                new CasoVisto(c.getFolio(), c.getVersion()), new CasoVisto(anulada.getFolio(), anulada.getVersion()),
                new CasoVisto(deGestion.getFolio(), deGestion.getVersion()));

        assertEquals("error.reasignacion.sinMotivo", clave(assertThrows(Exception.class,
                () -> comoSupervisor.ejecutar(() -> reasignacion.reasignar(vistos, gestion, null, " ")))));
        denegado(assertThrows(Exception.class,
                () -> comoConsultor.ejecutar(() -> reasignacion.reasignar(vistos, gestion, null, "Carga"))));

        ResultadoReasignacion r = comoSupervisor.ejecutar(() -> reasignacion.reasignar(vistos, gestion, null,
                "Corresponde a Gestión"));
        assertEquals(List.of(a.getFolio(), c.getFolio()), r.reasignados());
        assertEquals(List.of(b.getFolio() + " error.peticion.modificada", anulada.getFolio() + " error.asignacion.concluida",
                        deGestion.getFolio() + " error.acceso.caso"),
                r.conflictos().stream().map(x -> x.folio() + " " + x.clave()).toList());
        for (Peticion p : List.of(a, c)) {
            Peticion movida = comoAdmin.ejecutar(() -> expedientes.abrir(p.getFolio())).peticion();
            assertEquals("GESTION", movida.getAreaDac().getClave());
            assertEquals("gestion", movida.getConsultor().getNombreUsuario(), "el único consultor de Gestión");
            assertTrue(bitacora(p.getFolio()).stream().anyMatch(e -> e.getTipoEvento() == TipoEventoBitacora.ASIGNACION
                    && e.getUsuario().equals("supervisor") && e.getDescripcion().contains("al área Gestión")
                    && e.getDescripcion().contains("Corresponde a Gestión")), p.getFolio());
        }
        Peticion intacta = actual(b.getFolio());
        assertEquals("CORRESPONDENCIA", intacta.getAreaDac().getClave());
        assertEquals(EstadoPeticion.EN_ANALISIS, intacta.getEstado());

        // Within the área, to a named consultor: the one who does not have it now.
        Peticion d = nueva();
        String otro = "consultor".equals(d.getConsultor().getNombreUsuario()) ? "consultora" : "consultor";
        ResultadoReasignacion dentro = comoSupervisor.ejecutar(() -> reasignacion.reasignar(
                List.of(new CasoVisto(d.getFolio(), d.getVersion())), null, otro, "Ausencia"));
        assertEquals(List.of(d.getFolio()), dentro.reasignados());
        assertEquals(otro, actual(d.getFolio()).getConsultor().getNombreUsuario());
        assertTrue(bitacora(d.getFolio()).stream().anyMatch(e -> e.getTipoEvento() == TipoEventoBitacora.ASIGNACION
                && e.getDescripcion().startsWith("Reasignada de ") && e.getDescripcion().endsWith("Motivo: Ausencia")));
        assertEquals("error.reasignacion.sinDestino", clave(assertThrows(Exception.class, () -> comoSupervisor.ejecutar(
                () -> reasignacion.reasignar(List.of(new CasoVisto(d.getFolio(), 0)), null, null, "x")))));

        // The last guard shift (5.49): it ends at the start of a day shift or now, and starts at the end of one.
        Guardia guardia = comoSupervisor.ejecutar(() -> reasignacion.ultimaGuardia());
        assertTrue(guardia.desde().isBefore(guardia.hasta()));
        assertEquals(java.time.LocalTime.of(20, 0), guardia.desde().atZoneSameInstant(Tiempo.ZONA_MEXICO).toLocalTime());

        // An absent consultor's open cases, as the Bandeja's filter finds them: only theirs, only of the área.
        List<FilaBandeja> deOtro = comoSupervisor.ejecutar(() -> bandeja.todas(FiltroBandeja.pendientes(otro), 500));
        assertTrue(deOtro.stream().anyMatch(f -> f.folio().equals(d.getFolio())));
        assertFalse(deOtro.stream().anyMatch(f -> f.folio().equals(a.getFolio())), "ya es de Gestión");
        assertTrue(deOtro.stream().allMatch(f -> f.estado().esPendiente()));
    }

    @Test
    @DisplayName("Anulación: sólo el jefe del área, con motivo, antes de derivar y sin oficios; el folio queda ANULADO"
            + " con quién y por qué, en el reporte, y nunca se reutiliza")
    void anulacion() throws Exception {
        Peticion p = nueva();
        denegado(assertThrows(Exception.class,
                () -> comoSupervisor.ejecutar(() -> anulaciones.anular(p.getFolio(), "x", p.getVersion()))));
        assertInstanceOf(AccesoDenegadoException.class, assertThrows(Exception.class,
                () -> comoJefeGestion.ejecutar(() -> anulaciones.anular(p.getFolio(), "x", p.getVersion()))));
        assertEquals("error.anulacion.sinMotivo", clave(assertThrows(Exception.class,
                () -> comoJefe.ejecutar(() -> anulaciones.anular(p.getFolio(), "  ", p.getVersion())))));
        Peticion anulada = comoJefe.ejecutar(() -> anulaciones.anular(p.getFolio(), "Registro duplicado del folio anterior",
                p.getVersion()));
        assertEquals(EstadoPeticion.ANULADA, anulada.getEstado());
        Peticion guardada = actual(p.getFolio());
        assertEquals(EstadoPeticion.ANULADA, guardada.getEstado());
        assertEquals("jefe", guardada.getAnuladaPor());
        assertEquals("Registro duplicado del folio anterior", guardada.getMotivoAnulacion());
        assertTrue(bitacora(p.getFolio()).stream().anyMatch(e -> e.getTipoEvento() == TipoEventoBitacora.ANULACION
                && e.getEstadoNuevo() == EstadoPeticion.ANULADA && e.getUsuario().equals("jefe")));
        assertEquals("error.transicion.estado", clave(assertThrows(Exception.class, () -> comoJefe.ejecutar(
                () -> anulaciones.anular(p.getFolio(), "otra vez", guardada.getVersion())))));
        LocalDate hoy = LocalDate.now(Tiempo.ZONA_MEXICO);
        List<Anulacion> reporte = comoSupervisor.ejecutar(() -> anulaciones.anulaciones(hoy.minusDays(1), hoy.plusDays(1)));
        Anulacion fila = reporte.stream().filter(x -> x.folio().equals(p.getFolio())).findFirst().orElseThrow();
        assertEquals("Jorge Ramírez Castillo", fila.nombreAnulo());
        assertFalse(comoJefeGestion.ejecutar(() -> anulaciones.anulaciones(hoy.minusDays(1), hoy.plusDays(1))).stream()
                .anyMatch(x -> x.folio().equals(p.getFolio())), "el reporte de otra área no la incluye");
        // Out of the open cases, found by its estado; the next registration gets a new folio.
        assertFalse(comoSupervisor.ejecutar(() -> bandeja.todas(FiltroBandeja.pendientes(null), 500)).stream()
                .anyMatch(f -> f.folio().equals(p.getFolio())));
        assertEquals(1, comoSupervisor.ejecutar(() -> bandeja.buscar(new FiltroBandeja(p.getFolio(), null,
                EstadoPeticion.ANULADA, null, null, null, null, null, null), 0, 20, null, true)).total());
        assertNotEquals(p.getFolio(), nueva().getFolio());

        // Derived: refused (conclude it instead). With an oficio: refused.
        Peticion derivada = nueva();
        Peticion clasificada = comoSupervisor.ejecutar(() -> peticiones.clasificar(derivada.getFolio(), TipoPeticion.QUEJA,
                derivada.getVersion()));
        long cdaod = comoSupervisor.ejecutar(() -> catalogos.instancias()).stream()
                .filter(i -> "CDAOD Jalisco".equals(i.getNombre())).findFirst().orElseThrow().getId();
        comoSupervisor.ejecutar(() -> derivaciones.derivar(derivada.getFolio(), cdaod, "Atención", clasificada.getVersion()));
        assertEquals("error.anulacion.derivada", clave(assertThrows(Exception.class, () -> comoJefe.ejecutar(
                () -> anulaciones.anular(derivada.getFolio(), "x", actual(derivada.getFolio()).getVersion())))));
        Peticion conOficio = nueva();
        comoCorrespondencia.ejecutar(() -> {
            datos.solicitar(conOficio.getFolio(), CanalSolicitud.TELEFONO, "Correo electrónico", conOficio.getVersion());
            return oficios.redactar(conOficio.getFolio(), TipoOficio.SOLICITUD_DATOS, "Destinatario");
        });
        assertEquals("error.anulacion.conOficio", clave(assertThrows(Exception.class, () -> comoJefe.ejecutar(
                () -> anulaciones.anular(conOficio.getFolio(), "x", actual(conOficio.getFolio()).getVersion())))));
        assertEquals(EstadoPeticion.DATOS_SOLICITADOS, actual(conOficio.getFolio()).getEstado());
    }

    @Test
    @DisplayName("Usuarios: validación, alta con contraseña temporal, sin borrar; bloqueo tras 10 fallos que levanta el"
            + " administrador o el paso del tiempo")
    void usuariosYBloqueo() throws Exception {
        long correspondencia = area("CORRESPONDENCIA");
        String nombre = "prueba." + (System.nanoTime() % 1_000_000);
        DatosUsuario datos = new DatosUsuario(nombre, "Prueba Pérez", "prueba@imss.gob.mx", correspondencia,
                EnumSet.of(Rol.CONSULTOR), null, null);
        assertEquals("error.usuario.correo", clave(assertThrows(Exception.class, () -> comoAdmin.ejecutar(() -> usuarios.crear(
                new DatosUsuario(nombre, "X", "no-es-correo", correspondencia, Set.of(Rol.CONSULTOR), null, null))))));
        assertEquals("error.usuario.area", clave(assertThrows(Exception.class, () -> comoAdmin.ejecutar(() -> usuarios.crear(
                new DatosUsuario(nombre, "X", null, null, Set.of(Rol.CONSULTOR), null, null))))));
        assertEquals("error.usuario.rfcRequerido", clave(assertThrows(Exception.class, () -> comoAdmin.ejecutar(
                () -> usuarios.crear(new DatosUsuario(nombre, "X", null, null, Set.of(Rol.TITULAR_DAC), null, null))))));
        assertEquals("error.usuario.rfc", clave(assertThrows(Exception.class, () -> comoAdmin.ejecutar(() -> usuarios.crear(
                new DatosUsuario(nombre, "X", null, null, Set.of(Rol.TITULAR_DAC), "ABC", null))))));
        assertEquals("error.usuario.duplicado", clave(assertThrows(Exception.class, () -> comoAdmin.ejecutar(
                () -> usuarios.crear(new DatosUsuario("consultor", "X", null, correspondencia, Set.of(Rol.CONSULTOR), null,
                        null))))));
        denegado(assertThrows(Exception.class, () -> comoJefe.ejecutar(() -> usuarios.crear(datos))));

        String temporal = comoAdmin.ejecutar(() -> usuarios.crear(datos));
        assertEquals(16, temporal.length());
        Usuario creado = comoAdmin.ejecutar(() -> usuarios.todos()).stream()
                .filter(u -> u.getNombreUsuario().equals(nombre)).findFirst().orElseThrow();
        assertTrue(creado.isDebeCambiarContrasena());
        assertFalse(creado.getHashContrasena().contains(temporal));
        assertTrue(comoSupervisor.ejecutar(() -> reasignacion.consultoresDeMiArea()).contains(creado),
                "un consultor nuevo puede recibir casos");
        Usuario admin = comoAdmin.ejecutar(() -> usuarios.todos()).stream()
                .filter(u -> u.getNombreUsuario().equals("admin")).findFirst().orElseThrow();
        assertEquals("error.usuario.propioDesactivar", clave(assertThrows(Exception.class,
                () -> comoAdmin.ejecutar(() -> usuarios.desactivar(admin.getId(), admin.getVersion())))));
        Usuario desactivado = comoAdmin.ejecutar(() -> usuarios.desactivar(creado.getId(), creado.getVersion()));
        assertFalse(desactivado.isActivo());
        assertFalse(comoSupervisor.ejecutar(() -> reasignacion.consultoresDeMiArea()).contains(creado));
        assertEquals("error.usuario.modificado", clave(assertThrows(Exception.class,
                () -> comoAdmin.ejecutar(() -> usuarios.reactivar(creado.getId(), creado.getVersion())))));
        List<EventoSeguridad> eventos = comoAdmin.ejecutar(() -> intentos.eventosRecientes(50));
        assertTrue(eventos.stream().anyMatch(e -> e.getTipo() == TipoEventoSeguridad.CAMBIO_USUARIO
                && e.getUsuario().equals("admin") && e.getDetalle().equals("Alta de " + nombre
                + ": nombre «Prueba Pérez», correo prueba@imss.gob.mx, área CORRESPONDENCIA, roles CONSULTOR, RFC null, puesto null")));
        assertTrue(eventos.stream().anyMatch(e -> e.getDetalle() != null && e.getDetalle().equals("Desactivación de " + nombre)));

        // Ten failed sign-ins lock the account for 15 minutes: the administrador unlocks it, or time does.
        try {
            for (int vuelta = 0; vuelta < 2; vuelta++) {
                for (int i = 0; i < 10; i++) {
                    intentos.registrarFallo(nombre, "10.0.0." + (vuelta * 10 + i));
                }
                Duration espera = intentos.esperaAntesDeIntentar(nombre, "10.9.9.9").orElseThrow();
                assertTrue(espera.toMinutes() >= 14, espera.toString());
                assertTrue(comoAdmin.ejecutar(() -> intentos.bloqueados()).stream()
                        .anyMatch(b -> b.getClave().equals(IntentoAcceso.deCuenta(nombre))));
                if (vuelta == 0) {
                    comoAdmin.ejecutar(() -> {
                        intentos.desbloquear(IntentoAcceso.deCuenta(nombre));
                        return null;
                    });
                } else {
                    RelojMovible.fijar(Instant.now().plus(Duration.ofMinutes(16)));
                }
                assertTrue(intentos.esperaAntesDeIntentar(nombre, "10.9.9.9").isEmpty(), "vuelta " + vuelta);
            }
        } finally {
            RelojMovible.restablecer();
        }
    }

    @Test
    @DisplayName("Catálogos: claves únicas, correos válidos, instancias con su oficina; desactivar en vez de borrar; cada"
            + " cambio registrado; la siguiente derivación va al correo nuevo de la instancia")
    void catalogosYCorreoDeLaDerivacion() throws Exception {
        String sufijo = String.valueOf(System.nanoTime() % 1_000_000);
        assertEquals("error.catalogo.claveDuplicada", clave(assertThrows(Exception.class, () -> comoAdmin.ejecutar(
                () -> administracionCatalogos.guardar(Catalogo.OOAD, null, new DatosCatalogo("14", "Otro Jalisco", null, null,
                        null, null))))));
        assertEquals("error.catalogo.clave", clave(assertThrows(Exception.class, () -> comoAdmin.ejecutar(
                () -> administracionCatalogos.guardar(Catalogo.TIPO_DOCUMENTO, null, new DatosCatalogo("con espacio", "X",
                        null, null, null, null))))));
        assertEquals("error.catalogo.referencia", clave(assertThrows(Exception.class, () -> comoAdmin.ejecutar(
                () -> administracionCatalogos.guardar(Catalogo.INSTANCIA, null, new DatosCatalogo(null, "CDAOD sin OOAD",
                        "a@imss.gob.mx", null, TipoInstancia.CDAOD, null))))));
        assertEquals("error.catalogo.correo", clave(assertThrows(Exception.class, () -> comoAdmin.ejecutar(
                () -> administracionCatalogos.guardar(Catalogo.INSTANCIA, null, new DatosCatalogo(null, "CDAOD X",
                        "sin arroba", null, TipoInstancia.CDAOD, 15L))))));
        assertEquals("error.catalogo.instanciaDuplicada", clave(assertThrows(Exception.class, () -> comoAdmin.ejecutar(
                () -> administracionCatalogos.guardar(Catalogo.INSTANCIA, null, new DatosCatalogo(null, "cdaod jalisco",
                        "a@imss.gob.mx", null, TipoInstancia.CDAOD, 15L))))));
        denegado(assertThrows(Exception.class, () -> comoSupervisor.ejecutar(
                () -> administracionCatalogos.filas(Catalogo.OOAD))));

        FilaCatalogo tipo = comoAdmin.ejecutar(() -> administracionCatalogos.guardar(Catalogo.TIPO_DOCUMENTO, null,
                new DatosCatalogo("td-" + sufijo, "Constancia " + sufijo, null, null, null, null)));
        assertEquals("TD-" + sufijo, tipo.clave());
        FilaCatalogo instancia = comoAdmin.ejecutar(() -> administracionCatalogos.guardar(Catalogo.INSTANCIA, null,
                new DatosCatalogo(null, "CDAOD Jalisco Zona " + sufijo, "enlace.anterior@imss.gob.mx", null,
                        TipoInstancia.CDAOD, 15L)));
        assertEquals("Jalisco", instancia.detalle());
        FilaCatalogo cambiada = comoAdmin.ejecutar(() -> administracionCatalogos.guardar(Catalogo.INSTANCIA, instancia.id(),
                new DatosCatalogo(null, instancia.nombre(), "enlace.nuevo" + sufijo + "@imss.gob.mx", null, null, null)));
        assertEquals("enlace.nuevo" + sufijo + "@imss.gob.mx", cambiada.correo());
        assertTrue(comoAdmin.ejecutar(() -> administracionCatalogos.cambiosRecientes(20)).stream().anyMatch(e ->
                e.getUsuario().equals("admin") && e.getDetalle().contains("correo enlace.anterior@imss.gob.mx → CDAOD «"
                        + instancia.nombre() + "», correo enlace.nuevo" + sufijo + "@imss.gob.mx")));

        // The next derivation goes to the new address.
        Peticion p = nueva();
        Peticion clasificada = comoSupervisor.ejecutar(() -> peticiones.clasificar(p.getFolio(), TipoPeticion.QUEJA,
                p.getVersion()));
        comoSupervisor.ejecutar(() -> derivaciones.derivar(p.getFolio(), instancia.id(), "A la zona", clasificada.getVersion()));
        List<CorreoSaliente> enviados = comoAdmin.ejecutar(() -> correos.recientes(0, 200)).stream()
                .filter(c -> c.getPeticion() != null && p.getFolio().equals(c.getPeticion().getFolio())).toList();
        assertEquals(List.of("enlace.nuevo" + sufijo + "@imss.gob.mx"),
                enviados.stream().map(CorreoSaliente::getDestinatario).toList());

        // The oficio template's preview: the text being edited with a sample case, as page images; a broken one refused.
        List<byte[]> paginas = comoAdmin.ejecutar(() -> plantillasOficio.vistaPrevia(TipoOficio.NOTIFICACION,
                "Respuesta a su escrito ${folio}", "<p>Estimada ${destinatario}:</p><p>${asunto}</p>"));
        assertEquals(1, paginas.size());
        assertEquals("PNG", new String(paginas.get(0), 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(clave(assertThrows(Exception.class, () -> comoAdmin.ejecutar(() -> plantillasOficio.vistaPrevia(
                TipoOficio.NOTIFICACION, "Asunto", "<p>${campoQueNoExiste}</p>")))).startsWith("error."));
        denegado(assertThrows(Exception.class, () -> comoJefe.ejecutar(() -> plantillasOficio.vistaPrevia(
                TipoOficio.NOTIFICACION, "Asunto", "<p>x</p>"))));

        // Deactivated: no longer offered; its cases keep it; reactivated: offered again.
        comoAdmin.ejecutar(() -> administracionCatalogos.activar(Catalogo.INSTANCIA, instancia.id(), false));
        assertFalse(comoSupervisor.ejecutar(() -> catalogos.instancias()).stream().anyMatch(i -> i.getId().equals(instancia.id())));
        assertTrue(comoAdmin.ejecutar(() -> administracionCatalogos.filas(Catalogo.INSTANCIA)).stream()
                .anyMatch(f -> f.id().equals(instancia.id()) && !f.activo()));
        comoAdmin.ejecutar(() -> administracionCatalogos.activar(Catalogo.INSTANCIA, instancia.id(), true));
        assertTrue(comoSupervisor.ejecutar(() -> catalogos.instancias()).stream().anyMatch(i -> i.getId().equals(instancia.id())));
    }

    @Test
    @DisplayName("Indicadores: lo registrado, concluido y anulado llega a los resúmenes; el semáforo cuenta lo mismo que la"
            + " bandeja; el reporte en PDF y Excel; el reporte mensual se envía una vez el primer día hábil")
    void indicadoresYReporte() throws Exception {
        LocalDate hoy = LocalDate.now(Tiempo.ZONA_MEXICO);
        actualizacion.ponerAlDia();
        mx.gob.imss.siade.indicadores.Tablero antes = comoJefe.ejecutar(() -> indicadores.tablero(hoy, hoy, null));
        Peticion uno = nueva();
        Peticion dos = nueva();
        Peticion anulada = nueva();
        comoJefe.ejecutar(() -> anulaciones.anular(anulada.getFolio(), "Duplicado", anulada.getVersion()));
        Peticion clasificada = comoSupervisor.ejecutar(() -> peticiones.clasificar(dos.getFolio(), TipoPeticion.ORIENTACION,
                dos.getVersion()));
        comoSupervisor.ejecutar(() -> peticiones.concluir(dos.getFolio(),
                mx.gob.imss.siade.peticion.MotivoConclusion.ORIENTACION_BRINDADA, "Orientada", clasificada.getVersion()));
        assertTrue(actualizacion.ponerAlDia() >= 4, "una tarea por anotación de bitácora");
        mx.gob.imss.siade.indicadores.Tablero despues = comoJefe.ejecutar(() -> indicadores.tablero(hoy, hoy, null));
        assertEquals("Correspondencia", despues.area(), "el jefe ve su área aunque pida otra");
        assertEquals(antes.recibidas() + 2, despues.recibidas(), "la anulada no cuenta");
        assertEquals(antes.recibidasPorMedio().get("CORREO_POSTAL") + 2, despues.recibidasPorMedio().get("CORREO_POSTAL"));
        assertEquals(antes.concluidas().total() + 1, despues.concluidas().total());
        long orientaciones = despues.concluidasPorTipo().get("ORIENTACION").total();
        assertEquals(antes.concluidasPorTipo().containsKey("ORIENTACION") ? antes.concluidasPorTipo().get("ORIENTACION")
                .total() + 1 : 1, orientaciones);
        assertEquals(0, despues.concluidasPorTipo().get("ORIENTACION").mediana(), "concluida el día que llegó");
        assertEquals(0, actualizacion.ponerAlDia(), "nada pendiente: no se cuenta dos veces");
        assertEquals(despues.recibidas(), comoJefe.ejecutar(() -> indicadores.tablero(hoy, hoy, null)).recibidas());

        // The semáforo counts exactly what the Bandeja lists for each colour (60 days on, the open ones are red).
        try {
            RelojMovible.fijar(Instant.now().plus(Duration.ofDays(60)));
            mx.gob.imss.siade.indicadores.Tablero futuro = comoJefe.ejecutar(() -> indicadores.tablero(hoy, hoy, null));
            for (mx.gob.imss.siade.plazos.Semaforo s : mx.gob.imss.siade.plazos.Semaforo.values()) {
                long enBandeja = comoJefe.ejecutar(() -> bandeja.buscar(FiltroBandeja.pendientes(null).conSemaforo(s), 0, 1,
                        null, true)).total();
                assertEquals(enBandeja, futuro.abiertasPorSemaforo().get(s), s.name());
            }
            assertTrue(futuro.abiertasPorSemaforo().get(mx.gob.imss.siade.plazos.Semaforo.ROJO) > 0);
        } finally {
            RelojMovible.restablecer();
        }

        byte[] pdf = comoJefe.ejecutar(() -> indicadores.reportePdf(hoy.withDayOfMonth(1), hoy, null));
        try (org.apache.pdfbox.pdmodel.PDDocument documento = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String texto = new org.apache.pdfbox.text.PDFTextStripper().getText(documento);
            assertTrue(texto.contains("Reporte estadístico de atención — Correspondencia"), texto);
            assertTrue(texto.contains("Casos abiertos hoy por semáforo"), texto);
        }
        byte[] xlsx = comoJefe.ejecutar(() -> indicadores.reporteXlsx(hoy, hoy, null));
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook libro = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.Row fila = libro.getSheet("Resumen").getRow(4);
            assertEquals("Peticiones recibidas", fila.getCell(0).getStringCellValue());
            assertEquals(despues.recibidas(), (long) fila.getCell(1).getNumericCellValue());
        }
        denegado(assertThrows(Exception.class, () -> comoConsultor.ejecutar(() -> indicadores.tablero(hoy, hoy, null))));
        assertEquals("error.indicadores.periodo", clave(assertThrows(Exception.class,
                () -> comoJefe.ejecutar(() -> indicadores.tablero(hoy, hoy.minusDays(1), null)))));

        // The monthly report by email: on the first business day of next month only, once.
        comoJefe.ejecutar(() -> {
            indicadores.recibirReporteMensual(true, null);
            return null;
        });
        LocalDate siguiente = hoy.plusMonths(1).withDayOfMonth(1);
        LocalDate primerHabil = calendarios.calendario(siguiente).sumarDiasHabiles(siguiente, 0);
        try {
            RelojMovible.fijar(primerHabil.atTime(9, 0).atZone(Tiempo.ZONA_MEXICO).toInstant());
            assertTrue(envioMensual.enviarSiCorresponde() >= 1);
            assertEquals(0, envioMensual.enviarSiCorresponde(), "una sola vez");
            RelojMovible.fijar(primerHabil.plusDays(1).atTime(9, 0).atZone(Tiempo.ZONA_MEXICO).toInstant());
            assertEquals(0, envioMensual.enviarSiCorresponde(), "ni al día siguiente");
        } finally {
            RelojMovible.restablecer();
            comoJefe.ejecutar(() -> {
                indicadores.recibirReporteMensual(false, null);
                return null;
            });
        }
        String mes = mx.gob.imss.siade.infra.Textos.mes(java.time.YearMonth.from(hoy));
        comoAdmin.ejecutar(() -> {
            CorreoSaliente correo = correos.recientes(0, 50).stream().filter(c -> "REPORTE_MENSUAL".equals(c.getPlantilla())
                    && "jefe@demo.siade.local".equals(c.getDestinatario()) && c.getAsunto().contains(mes)).findFirst()
                    .orElseThrow();
            assertTrue(correo.getAsunto().contains("Correspondencia"), correo.getAsunto());
            assertEquals("application/pdf", correo.getAdjuntoTipo());
            assertEquals("%PDF", new String(correo.getAdjunto(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
            return null;
        });
    }
}
