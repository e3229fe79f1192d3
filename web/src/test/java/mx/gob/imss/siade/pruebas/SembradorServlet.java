package mx.gob.imss.siade.pruebas;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import mx.gob.imss.siade.catalogos.CatalogoService;
import mx.gob.imss.siade.catalogos.Instancia;
import mx.gob.imss.siade.consulta.ExpedienteService;
import mx.gob.imss.siade.correspondencia.RecepcionService;
import mx.gob.imss.siade.derivacion.DerivacionService;
import mx.gob.imss.siade.oficios.OficioService;
import mx.gob.imss.siade.oficios.TipoOficio;
import mx.gob.imss.siade.peticion.NuevaPeticion;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.peticion.PeticionService;
import mx.gob.imss.siade.peticion.TipoPeticion;

/**
 * Test deployment only (browser and HTTP tests, which run outside the server): makes a fresh
 * petición for one test, in the state it needs, through the real services, and answers its folio.
 * {@code GET /pruebas/sembrar?estado=REGISTRADA|EN_ANALISIS|DERIVADA&area=CORRESPONDENCIA|GESTION&asunto=…}.
 * With {@code conDocumento=1} a scanned letter is filed too and the answer is "folio\nidDocumento";
 * with {@code conOficio=1} an oficio de notificación is drafted and the answer is "folio\nidDocumentoDelOficio";
 * with {@code conCodigo=1} the answer is "folio\ncódigo de consulta" (as the acuse prints it).
 * {@code GET /pruebas/olvidar-intentos} clears the sign-in failure counters between tests;
 * {@code GET /pruebas/carpeta-temporal} answers where the server keeps uploads waiting;
 * {@code GET /pruebas/pki-demo} where the demo e.firma files are (for the browser to upload them);
 * {@code GET /pruebas/vencer?dias=N} runs the expiry timer as if N days had passed (the test's clock);
 * {@code instancia=…} on sembrar registers a Gestión case remitted by that instancia (Anexo 16);
 * {@code escaneo=1} on sembrar files a two-page scanned letter whose page 2 asks for «guanábanas», a word
 * nowhere else ("folio\nidDocumento");
 * {@code GET /pruebas/carpeta?folio=F} drops a scan that mentions folio F into a digitisation folder and takes it in
 * (it lands in the «Por clasificar» tray with F suggested);
 * {@code GET /pruebas/ocr} runs the OCR of everything queued and brings the index up to date (the test
 * deployments have no OCR workers in the background).
 */
@WebServlet({"/pruebas/sembrar", "/pruebas/olvidar-intentos", "/pruebas/carpeta-temporal", "/pruebas/pki-demo",
        "/pruebas/vencer", "/pruebas/ocr", "/pruebas/carpeta", "/pruebas/usuario"})
public class SembradorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private ComoCorrespondencia comoCorrespondencia;

    @jakarta.inject.Inject
    private mx.gob.imss.siade.firma.PkiDemo pki;

    @EJB
    private ComoGestion comoGestion;

    @EJB
    private ComoSupervisor comoSupervisor;

    @EJB
    private PeticionService peticiones;

    @EJB
    private DerivacionService derivaciones;

    @EJB
    private CatalogoService catalogos;

    @EJB
    private RecepcionService recepcion;

    @EJB
    private ExpedienteService expedientes;

    @EJB
    private OficioService oficios;

    @EJB
    private mx.gob.imss.siade.datoscomplementarios.VencimientoSolicitudes vencimientos;

    @EJB
    private mx.gob.imss.siade.gestion.IngresoInstanciaService ingresoInstancia;

    @Resource(lookup = "jdbc/siade")
    private DataSource ds;

    @jakarta.inject.Inject
    private mx.gob.imss.siade.ocr.TrabajadorOcr trabajadorOcr;

    @EJB
    private mx.gob.imss.siade.digitalizacion.CarpetaDigitalizacion carpetaDigitalizacion;

    @EJB
    private mx.gob.imss.siade.busqueda.IndexadorPendientes indexador;

    @EJB
    private ComoAdmin comoAdmin;

    @EJB
    private mx.gob.imss.siade.seguridad.UsuariosService usuarios;

    @EJB
    private mx.gob.imss.siade.seguridad.IntentosAccesoService intentos;

    @Override
    protected void doGet(HttpServletRequest peticion, HttpServletResponse respuesta) throws IOException {
        respuesta.setContentType("text/plain;charset=UTF-8");
        try {
            if (peticion.getServletPath().endsWith("pki-demo")) {
                respuesta.getWriter().write(pki.carpeta().toString());
                return;
            }
            if (peticion.getServletPath().endsWith("carpeta-temporal")) {
                respuesta.getWriter().write(mx.gob.imss.siade.web.documentos.CarpetaTemporal.carpeta().toString());
                return;
            }
            if (peticion.getServletPath().endsWith("usuario")) {
                respuesta.getWriter().write(usuario(peticion.getParameter("accion"), peticion.getParameter("nombre")));
                return;
            }
            if (peticion.getServletPath().endsWith("olvidar-intentos")) {
                try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                    s.executeUpdate("DELETE FROM INTENTO_ACCESO");
                }
                respuesta.getWriter().write("ok");
                return;
            }
            if (peticion.getServletPath().endsWith("carpeta")) {
                java.nio.file.Path carpeta = java.nio.file.Files.createTempDirectory("digitalizacion");
                java.nio.file.Path escaneo = java.nio.file.Files.write(carpeta.resolve("carta-carpeta.tif"),
                        ArchivosDePrueba.escaneo("Seguimiento a mi petición con folio " + peticion.getParameter("folio") + "."));
                java.nio.file.Files.setLastModifiedTime(escaneo, java.nio.file.attribute.FileTime.from(
                        java.time.Instant.now().minusSeconds(60)));
                respuesta.getWriter().write(String.valueOf(carpetaDigitalizacion.importarDe(carpeta).size()));
                return;
            }
            if (peticion.getServletPath().endsWith("ocr")) {
                int hechos = trabajadorOcr.trabajarMientrasHaya();
                indexador.ponerAlDia();
                respuesta.getWriter().write(String.valueOf(hechos));
                return;
            }
            if (peticion.getServletPath().endsWith("vencer")) {
                int dias = Integer.parseInt(peticion.getParameter("dias"));
                respuesta.getWriter().write(String.valueOf(vencimientos.concluirVencidas(
                        java.time.OffsetDateTime.now().plusDays(dias))));
                return;
            }
            String instancia = peticion.getParameter("instancia");
            String folio = instancia != null ? comoGestion.ejecutar(() -> ingresoInstancia.registrar(
                    new mx.gob.imss.siade.gestion.CasoEntrante("DERECHOHABIENTE", "Persona remitida por " + instancia,
                            DatosDePrueba.nssNuevo(), null, "5512345678", null, null, "Caso remitido por " + instancia,
                            null, 15L, null, null), mx.gob.imss.siade.peticion.MedioCaptacion.TELEFONO, instancia,
                    "instancia@example.com")).getFolio()
                    : sembrar(peticion.getParameter("estado"), peticion.getParameter("area"), peticion.getParameter("asunto"));
            if (peticion.getParameter("escaneo") != null) {
                long id = comoCorrespondencia.ejecutar(() -> {
                    recepcion.agregarAPendiente(folio, "Carta escaneada", List.of(ArchivosDePrueba.enMemoria(
                            "carta-escaneada.tif", ArchivosDePrueba.escaneo(
                                    "Ciudad de México, a 3 de marzo de 2026.\nSolicito la atención de mi petición.",
                                    "En la clínica me pidieron traer guanábanas\ny la constancia de la unidad."))));
                    return expedientes.abrir(folio).documentos().get(0).getId();
                });
                respuesta.getWriter().write(folio + "\n" + id);
                return;
            }
            if (peticion.getParameter("conDocumento") != null) {
                long id = comoCorrespondencia.ejecutar(() -> {
                    recepcion.agregarAPendiente(folio, "Escrito de prueba", List.of(ArchivosDePrueba.enMemoria(
                            "escrito.pdf", ArchivosDePrueba.pdf("Escrito de prueba " + System.nanoTime()))));
                    return expedientes.abrir(folio).documentos().get(0).getId();
                });
                respuesta.getWriter().write(folio + "\n" + id);
                return;
            }
            if (peticion.getParameter("conOficio") != null) {
                long id = comoCorrespondencia.ejecutar(() -> oficios.redactar(folio, TipoOficio.NOTIFICACION, null)
                        .getDocumento().getId());
                respuesta.getWriter().write(folio + "\n" + id);
                return;
            }
            if (peticion.getParameter("conCodigo") != null) {
                String codigo = comoCorrespondencia.ejecutar(() -> expedientes.abrir(folio).datosPersonales().codigoConsulta());
                respuesta.getWriter().write(folio + "\n" + codigo);
                return;
            }
            respuesta.getWriter().write(folio);
        } catch (Exception e) {
            respuesta.setStatus(500);
            respuesta.getWriter().write(e.toString());
        }
    }

    /** The administrador's user actions, as the users screen calls them: the temporary password when one is given. */
    private String usuario(String accion, String nombre) throws Exception {
        return comoAdmin.ejecutar(() -> {
            if ("crear".equals(accion)) {
                return usuarios.crear(new mx.gob.imss.siade.seguridad.DatosUsuario(nombre, "Consultor " + nombre, null,
                        catalogos.areasDac().stream().filter(a -> "CORRESPONDENCIA".equals(a.getClave())).findFirst()
                                .orElseThrow().getId(), java.util.EnumSet.of(mx.gob.imss.siade.seguridad.Rol.CONSULTOR),
                        null, null));
            }
            if ("desbloquear".equals(accion)) {
                intentos.desbloquear(mx.gob.imss.siade.seguridad.IntentoAcceso.deCuenta(nombre));
                return "ok";
            }
            mx.gob.imss.siade.seguridad.Usuario u = usuarios.todos().stream()
                    .filter(x -> x.getNombreUsuario().equals(nombre)).findFirst().orElseThrow();
            return switch (accion) {
                case "desactivar" -> String.valueOf(usuarios.desactivar(u.getId(), u.getVersion()).isActivo());
                case "reactivar" -> String.valueOf(usuarios.reactivar(u.getId(), u.getVersion()).isActivo());
                case "restablecer" -> usuarios.restablecerContrasena(u.getId(), u.getVersion());
                default -> throw new IllegalArgumentException(accion);
            };
        });
    }

    private String sembrar(String estado, String area, String asunto) throws Exception {
        boolean gestion = "GESTION".equals(area);
        NuevaPeticion nueva = DatosDePrueba.nuevaPeticion(gestion ? "GESTION" : "CORRESPONDENCIA", asunto);
        Peticion registrada = (gestion ? comoGestion : comoCorrespondencia).ejecutar(() -> peticiones.registrar(nueva));
        if (!"EN_ANALISIS".equals(estado) && !"DERIVADA".equals(estado) && !"VENCIDA".equals(estado)) {
            return registrada.getFolio();
        }
        Peticion clasificada = (gestion ? comoGestion : comoSupervisor).ejecutar(() -> peticiones.clasificar(
                registrada.getFolio(), TipoPeticion.QUEJA, registrada.getVersion()));
        if ("DERIVADA".equals(estado)) {
            long cdaod = comoSupervisor.ejecutar(() -> catalogos.instancias()).stream()
                    .filter(i -> "CDAOD Jalisco".equals(i.getNombre())).map(Instancia::getId).findFirst().orElseThrow();
            comoSupervisor.ejecutar(() -> derivaciones.derivar(clasificada.getFolio(), cdaod, "Prueba de derivación",
                    clasificada.getVersion()));
        }
        if ("VENCIDA".equals(estado)) {
            // In análisis and past its answer deadline (red in the semáforo): the deadline moved back by hand,
            // as the days it would take to pass cannot be waited for.
            try (Connection c = ds.getConnection(); java.sql.PreparedStatement s = c.prepareStatement(
                    "UPDATE PETICION SET FECHA_LIMITE = ? WHERE FOLIO = ?")) {
                s.setDate(1, java.sql.Date.valueOf(java.time.LocalDate.now(mx.gob.imss.siade.infra.Tiempo.ZONA_MEXICO)
                        .minusDays(5)));
                s.setString(2, clasificada.getFolio());
                s.executeUpdate();
            }
        }
        return clasificada.getFolio();
    }
}
