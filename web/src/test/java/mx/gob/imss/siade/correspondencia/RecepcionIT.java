package mx.gob.imss.siade.correspondencia;

import static mx.gob.imss.siade.pruebas.ArchivosDePrueba.enMemoria;
import static mx.gob.imss.siade.pruebas.ArchivosDePrueba.pdf;
import static mx.gob.imss.siade.pruebas.ArchivosDePrueba.png;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import mx.gob.imss.siade.bitacora.TipoEventoBitacora;
import mx.gob.imss.siade.consulta.ConsultaPublicaService;
import mx.gob.imss.siade.consulta.Expediente;
import mx.gob.imss.siade.datoscomplementarios.CanalSolicitud;
import mx.gob.imss.siade.datoscomplementarios.DatosComplementariosService;
import mx.gob.imss.siade.datoscomplementarios.EstadoSolicitud;
import mx.gob.imss.siade.datoscomplementarios.SolicitudDatos;
import mx.gob.imss.siade.datoscomplementarios.SolicitudRechazadaException;
import mx.gob.imss.siade.datoscomplementarios.VencimientoSolicitudes;
import mx.gob.imss.siade.oficios.EstadoOficio;
import mx.gob.imss.siade.oficios.Oficio;
import mx.gob.imss.siade.oficios.OficioNoEnviableException;
import mx.gob.imss.siade.oficios.OficioService;
import mx.gob.imss.siade.oficios.PlantillaOficio;
import mx.gob.imss.siade.oficios.PlantillaOficioService;
import mx.gob.imss.siade.oficios.TipoOficio;
import mx.gob.imss.siade.consulta.ExpedienteService;
import mx.gob.imss.siade.documentos.ContenidoArchivo;
import mx.gob.imss.siade.documentos.Digitalizacion;
import mx.gob.imss.siade.documentos.Documento;
import mx.gob.imss.siade.documentos.DocumentoRechazadoException;
import mx.gob.imss.siade.documentos.DocumentoService;
import mx.gob.imss.siade.infra.PlantillaRechazadaException;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.personas.DatosPersonales;
import mx.gob.imss.siade.personas.Nss;
import mx.gob.imss.siade.personas.TipoPersonaUsuaria;
import mx.gob.imss.siade.peticion.EstadoPeticion;
import mx.gob.imss.siade.peticion.Folio;
import mx.gob.imss.siade.peticion.MedioCaptacion;
import mx.gob.imss.siade.peticion.MotivoConclusion;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.peticion.PeticionService;
import mx.gob.imss.siade.peticion.TipoPeticion;
import mx.gob.imss.siade.pruebas.ArchivosDePrueba;
import mx.gob.imss.siade.pruebas.DatosDePrueba;
import mx.gob.imss.siade.pruebas.ComoAdmin;
import mx.gob.imss.siade.pruebas.ComoCorrespondencia;
import mx.gob.imss.siade.pruebas.ComoJuridico;
import mx.gob.imss.siade.pruebas.ComoSupervisor;
import mx.gob.imss.siade.pruebas.Despliegue;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reception of letters in the container: register with digitised files and acuse, antecedents,
 * adding to a pending folio, ratifying a concluded one, and refusals that leave nothing behind.
 */
@ExtendWith(ArquillianExtension.class)
class RecepcionIT {

    @Deployment
    static WebArchive despliegue() {
        return Despliegue.conEjecutoresDeRol();
    }

    @EJB
    private RecepcionService recepcion;

    @EJB
    private ExpedienteService expedientes;

    @EJB
    private DocumentoService documentos;

    @EJB
    private PeticionService peticiones;

    @EJB
    private ComoCorrespondencia comoCorrespondencia;

    @EJB
    private ComoSupervisor comoSupervisor;

    @EJB
    private mx.gob.imss.siade.consulta.ConsultaPublicaService consultaPublica;

    @EJB
    private ComoJuridico comoJuridico;

    @EJB
    private DatosComplementariosService datosComplementarios;

    @EJB
    private VencimientoSolicitudes vencimientos;

    @EJB
    private mx.gob.imss.siade.datoscomplementarios.ConclusionPorVencimiento conclusionPorVencimiento;

    @EJB
    private OficioService oficios;

    @EJB
    private PlantillaOficioService plantillasOficio;

    @EJB
    private ComoAdmin comoAdmin;

    @EJB
    private mx.gob.imss.siade.pruebas.ComoTitularDac comoTitularDac;

    @Resource(lookup = "jdbc/siade")
    private DataSource ds;

    /** A sender with a fresh, valid NSS and a unique name, so tests never see each other's antecedents. */
    private static Recepcion carta(String asunto) throws Exception {
        String unico = UUID.randomUUID().toString().substring(0, 8);
        String nss = DatosDePrueba.nssNuevo();
        return new Recepcion(TipoPersonaUsuaria.DERECHOHABIENTE, "José Pérez Núñez " + unico,
                new DatosPersonales(Nss.de(nss), null, null, "5512345678", null, null), MedioCaptacion.CORREO_POSTAL,
                OffsetDateTime.now(Tiempo.ZONA_MEXICO).minusHours(1), asunto, "Resumen", 15L, null);
    }

    private Expediente expediente(String folio) throws Exception {
        return comoSupervisor.ejecutar(() -> expedientes.abrir(folio));
    }

    private long peticionesConAsunto(String asunto) throws SQLException {
        return contar("SELECT COUNT(*) FROM PETICION WHERE ASUNTO = ?", asunto);
    }

    /** A COUNT(*) query with one parameter, straight on the database. */
    private long contar(String sql, Object parametro) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parametro);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    @DisplayName("Registrar un escrito con dos archivos da folio, guarda escrito, anexo y acuse, y lo escribe en la bitácora")
    void registraConDosArchivosYAcuse() throws Exception {
        byte[] escrito = pdf("Escrito de la persona usuaria");
        byte[] anexo = png("Anexo escaneado");
        RegistroRecepcion r = comoCorrespondencia.ejecutar(() -> recepcion.registrar(carta("Con dos archivos"),
                List.of(enMemoria("escrito.pdf", escrito), enMemoria("anexo.png", anexo))));
        Folio.de(r.folio());
        Expediente e = expediente(r.folio());
        assertEquals(EstadoPeticion.REGISTRADA, e.peticion().getEstado());
        List<String> tipos = e.documentos().stream().map(d -> d.getTipoDocumento().getClave()).toList();
        assertEquals(List.of("ESCRITO", "ANEXO", "ACUSE"), tipos);
        assertEquals("application/pdf", e.documentos().get(0).getTipoMedio());
        assertEquals("image/png", e.documentos().get(1).getTipoMedio());
        assertEquals(Digitalizacion.sha256(escrito), e.documentos().get(0).getSha256());
        assertEquals(4, e.bitacora().size(), "registro, dos documentos y el acuse");
        assertEquals(2, e.bitacora().stream().filter(ev -> ev.getTipoEvento() == TipoEventoBitacora.DOCUMENTO
                && ev.getDescripcion().contains("SHA-256")).count());

        // The stored content is the very file received.
        ByteArrayOutputStream leido = new ByteArrayOutputStream();
        Documento guardado = e.documentos().get(1);
        comoSupervisor.ejecutar(() -> {
            documentos.escribirContenido(guardado.getId(), leido);
            return null;
        });
        assertEquals(Digitalizacion.sha256(anexo), Digitalizacion.sha256(leido.toByteArray()));

        // The acuse: a PDF with the folio, the documents' SHA-256, the código de consulta and a QR code that
        // opens the public status page on this folio with that code.
        ByteArrayOutputStream pdfAcuse = new ByteArrayOutputStream();
        comoSupervisor.ejecutar(() -> {
            documentos.escribirContenido(r.idAcuse(), pdfAcuse);
            return null;
        });
        try (PDDocument acuse = Loader.loadPDF(pdfAcuse.toByteArray())) {
            String texto = new PDFTextStripper().getText(acuse).replaceAll("\\s+", "");
            assertTrue(texto.contains(r.folio()), texto);
            assertTrue(texto.contains(Digitalizacion.sha256(escrito)), texto);
            assertTrue(texto.contains(Digitalizacion.sha256(anexo)), texto);
            assertTrue(texto.contains("Consulteelestadodesupetición"), texto);
            BufferedImage pagina = new PDFRenderer(acuse).renderImageWithDPI(0, 150);
            int[] pixeles = pagina.getRGB(0, 0, pagina.getWidth(), pagina.getHeight(), null, 0, pagina.getWidth());
            String qr = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(pagina.getWidth(), pagina.getHeight(), pixeles)))).getText();
            assertTrue(qr.contains("/consulta.xhtml?folio=" + r.folio() + "&codigo="), qr);
            String codigo = qr.substring(qr.indexOf("&codigo=") + 8);
            assertTrue(texto.contains(codigo.substring(0, 4) + "-" + codigo.substring(4, 8) + "-" + codigo.substring(8)),
                    "el código impreso es el del QR");
            ConsultaPublicaService.EstadoPublico estado = consultaPublica.consultar(r.folio(), codigo, "10.9.9.1").estado()
                    .orElseThrow();
            assertEquals("Registrada", estado.estado());
            assertTrue(consultaPublica.consultar(r.folio(), "AAAA-BBBB-CCCC", "10.9.9.1").estado().isEmpty());
        }
    }

    @Test
    @DisplayName("El mismo archivo dos veces se rechaza y no queda petición ni documento")
    void archivoRepetidoSeRechazaSinDejarNada() throws Exception {
        byte[] escrito = pdf("Repetido");
        DocumentoRechazadoException e = assertThrows(DocumentoRechazadoException.class, () -> comoCorrespondencia
                .ejecutar(() -> recepcion.registrar(carta("Archivo repetido"),
                        List.of(enMemoria("uno.pdf", escrito), enMemoria("dos.pdf", escrito)))));
        assertEquals("error.documento.duplicado", e.clave());
        assertEquals(0, peticionesConAsunto("Archivo repetido"));
    }

    @Test
    @DisplayName("Imágenes hostiles se rechazan al subirlas sin decodificarlas: una página de 100 megapíxeles, 301 páginas, una imagen dañada")
    void imagenesHostilesSeRechazan() throws Exception {
        byte[] bomba = ArchivosDePrueba.tiffBomba(10_000, 10_000, 1);
        assertTrue(bomba.length < 1_000_000, "la bomba pesa poco: " + bomba.length);
        assertEquals("error.documento.pixeles", assertThrows(DocumentoRechazadoException.class,
                () -> comoCorrespondencia.ejecutar(() -> documentos.examinar(enMemoria("bomba.tif", bomba)))).clave());
        byte[] muchas = ArchivosDePrueba.tiffBomba(8, 8, 301);
        assertEquals("error.documento.paginas", assertThrows(DocumentoRechazadoException.class,
                () -> comoCorrespondencia.ejecutar(() -> recepcion.registrar(carta("Muchas páginas"),
                        List.of(enMemoria("muchas.tif", muchas))))).clave());
        assertEquals(0, peticionesConAsunto("Muchas páginas"));
        byte[] png = ArchivosDePrueba.png("Dañada");
        byte[] danada = java.util.Arrays.copyOf(png, 20); // signature and half a header
        assertEquals("error.documento.imagenIlegible", assertThrows(DocumentoRechazadoException.class,
                () -> comoCorrespondencia.ejecutar(() -> documentos.examinar(enMemoria("danada.png", danada)))).clave());
        assertEquals("image/tiff", comoCorrespondencia.ejecutar(() -> documentos.examinar(enMemoria("bien.tif",
                ArchivosDePrueba.tiff("Tres páginas", 3)))).tipoMedio(), "un escaneo normal pasa");
    }

    @Test
    @DisplayName("El tipo se reconoce por el contenido: un texto llamado .pdf se rechaza")
    void tipoPorContenido() throws Exception {
        DocumentoRechazadoException e = assertThrows(DocumentoRechazadoException.class, () -> comoCorrespondencia
                .ejecutar(() -> recepcion.registrar(carta("Tipo falso"),
                        List.of(enMemoria("escrito.pdf", ArchivosDePrueba.texto("no soy un PDF"))))));
        assertEquals("error.documento.tipo", e.clave());
        assertEquals(0, peticionesConAsunto("Tipo falso"));
    }

    @Test
    @DisplayName("Una carga que se corta a medio guardar no deja petición a medias")
    void cargaRotaNoDejaNada() throws Exception {
        ContenidoArchivo roto = ArchivosDePrueba.queFallaTrasLeer("roto.pdf", pdf("Se corta"), 2);
        assertThrows(Exception.class, () -> comoCorrespondencia.ejecutar(() -> recepcion.registrar(
                carta("Carga rota"), List.of(enMemoria("bueno.pdf", pdf("Bueno")), roto))));
        assertEquals(0, peticionesConAsunto("Carga rota"));
    }

    @Test
    @DisplayName("Sin archivos no se registra")
    void sinArchivos() throws Exception {
        RecepcionRechazadaException e = assertThrows(RecepcionRechazadaException.class,
                () -> comoCorrespondencia.ejecutar(() -> recepcion.registrar(carta("Sin archivos"), List.of())));
        assertEquals("error.recepcion.sinArchivos", e.clave());
    }

    @Test
    @DisplayName("Un escrito nuevo de una petición pendiente va a su folio, sin folio nuevo (5.73)")
    void escritoDePendienteVaASuFolio() throws Exception {
        Recepcion primera = carta("Primera carta");
        RegistroRecepcion r = comoCorrespondencia.ejecutar(() -> recepcion.registrar(primera,
                List.of(enMemoria("carta1.pdf", pdf("Carta uno")))));
        String nss = primera.datosPersonales().nss().valor();

        List<Antecedente> porNss = comoCorrespondencia.ejecutar(() -> recepcion.buscarAntecedentes(nss, null));
        assertEquals(List.of(r.folio()), porNss.stream().map(Antecedente::folio).toList());
        assertTrue(porNss.get(0).pendiente());
        String nombreSinAcentos = primera.remitente().replace("é", "e").replace("ú", "u").toLowerCase();
        assertEquals(r.folio(), comoCorrespondencia.ejecutar(() -> recepcion.buscarAntecedentes(null, nombreSinAcentos))
                .get(0).folio());

        Recepcion segunda = new Recepcion(primera.tipoRemitente(), primera.remitente(), primera.datosPersonales(),
                primera.medio(), primera.fechaRecepcion(), "Segunda carta", null, 15L, null);
        RecepcionRechazadaException e = assertThrows(RecepcionRechazadaException.class, () -> comoCorrespondencia
                .ejecutar(() -> recepcion.registrar(segunda, List.of(enMemoria("carta2.pdf", pdf("Carta dos"))))));
        assertEquals("error.recepcion.hayPendiente", e.clave());
        assertEquals(0, peticionesConAsunto("Segunda carta"));

        comoCorrespondencia.ejecutar(() -> {
            recepcion.agregarAPendiente(r.folio(), "Insiste en su petición", List.of(enMemoria("carta2.pdf", pdf("Carta dos"))));
            return null;
        });
        Expediente ex = expediente(r.folio());
        assertEquals(3, ex.documentos().size(), "escrito, acuse y el nuevo escrito");
        assertTrue(ex.bitacora().stream().anyMatch(ev -> ev.getTipoEvento() == TipoEventoBitacora.NOTA
                && ev.getDescripcion().contains("Insiste en su petición")));
        assertEquals(1, comoCorrespondencia.ejecutar(() -> recepcion.buscarAntecedentes(nss, null)).size());
        assertEquals(1, ex.correos().size(), "aviso al área responsable (5.73)");
        assertEquals("NUEVO_ESCRITO", ex.correos().get(0).getPlantilla());
        assertEquals("area.correspondencia@siade.invalid", ex.correos().get(0).getDestinatario());
        assertTrue(ex.correos().get(0).getCuerpo().contains("Insiste en su petición"));
    }

    @Test
    @DisplayName("Un escrito sobre una petición concluida ratifica la respuesta (5.14)")
    void ratificaConcluida() throws Exception {
        RegistroRecepcion r = comoCorrespondencia.ejecutar(() -> recepcion.registrar(carta("Para ratificar"),
                List.of(enMemoria("c.pdf", pdf("Carta")))));
        Peticion p = expediente(r.folio()).peticion();
        Peticion clasificada = comoSupervisor.ejecutar(() -> peticiones.clasificar(r.folio(), TipoPeticion.ORIENTACION,
                p.getVersion()));
        comoSupervisor.ejecutar(() -> peticiones.concluir(r.folio(), MotivoConclusion.ORIENTACION_BRINDADA, null,
                clasificada.getVersion()));
        assertEquals("error.recepcion.noPendiente", assertThrows(RecepcionRechazadaException.class,
                () -> comoCorrespondencia.ejecutar(() -> {
                    recepcion.agregarAPendiente(r.folio(), null, List.of(enMemoria("d.pdf", pdf("Otra"))));
                    return null;
                })).clave());
        comoCorrespondencia.ejecutar(() -> {
            recepcion.ratificar(r.folio(), "Solicita de nuevo", List.of(enMemoria("d.pdf", pdf("Otra"))));
            return null;
        });
        Expediente e = expediente(r.folio());
        assertEquals(EstadoPeticion.CONCLUIDA, e.peticion().getEstado());
        assertTrue(e.bitacora().stream().anyMatch(ev -> ev.getDescripcion().contains("ratifica")));
    }

    @Test
    @DisplayName("Jurídico no recibe correspondencia")
    void juridicoNoRecibe() {
        assertThrows(EJBAccessException.class, () -> comoJuridico.ejecutar(() -> recepcion.registrar(carta("Jurídico"),
                List.of(enMemoria("j.pdf", pdf("J"))))));
    }

    private Peticion registrada(String asunto, String correo) throws Exception {
        Recepcion base = carta(asunto);
        Recepcion conCorreo = new Recepcion(base.tipoRemitente(), base.remitente(), new DatosPersonales(
                base.datosPersonales().nss(), null, null, null, correo, "Calle Hidalgo 5, Zapopan"), base.medio(),
                base.fechaRecepcion(), asunto, null, 15L, null);
        RegistroRecepcion r = comoCorrespondencia.ejecutar(() -> recepcion.registrar(conCorreo,
                List.of(enMemoria("s.pdf", pdf(asunto)))));
        return expediente(r.folio()).peticion();
    }

    @Test
    @DisplayName("Sin datos de contacto: se piden por oficio postal (Anexo 39) y, vencido el plazo, el temporizador concluye una sola vez con oficio de conclusión")
    void solicitudDeDatosVencida() throws Exception {
        Peticion p = registrada("Sin contacto", null);
        SolicitudDatos solicitud = comoCorrespondencia.ejecutar(() -> datosComplementarios.solicitar(p.getFolio(),
                CanalSolicitud.OFICIO_POSTAL, "Teléfono o correo electrónico", p.getVersion()));
        Expediente solicitada = expediente(p.getFolio());
        assertEquals(EstadoPeticion.DATOS_SOLICITADOS, solicitada.peticion().getEstado());
        assertEquals(1, solicitada.oficios().size());
        assertEquals(TipoOficio.SOLICITUD_DATOS, solicitada.oficios().get(0).getTipo());
        assertTrue(solicitada.oficios().get(0).getFolioOficio().matches("CORRESPONDENCIA/\\d{6}/\\d{4}"));
        assertNotNull(solicitada.oficios().get(0).getDocumento());
        assertTrue(solicitada.oficios().get(0).getCuerpo().contains("Calle Hidalgo 5"));

        vencimientos.concluirVencidas(solicitud.getFechaLimite().minusMinutes(1));
        assertEquals(EstadoPeticion.DATOS_SOLICITADOS, expediente(p.getFolio()).peticion().getEstado(),
                "antes del plazo no se concluye");

        OffsetDateTime despues = solicitud.getFechaLimite().plusMinutes(1);
        // Two nodes of a cluster run the job at the same moment: the row lock lets one conclude it.
        java.util.concurrent.ExecutorService nodos = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch salida = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Boolean>> carrera = new java.util.ArrayList<>();
            for (int n = 0; n < 2; n++) {
                carrera.add(nodos.submit(() -> {
                    salida.await();
                    return conclusionPorVencimiento.concluir(solicitud.getId(), despues);
                }));
            }
            salida.countDown();
            int concluyeron = 0;
            for (java.util.concurrent.Future<Boolean> f : carrera) {
                concluyeron += f.get() ? 1 : 0;
            }
            assertEquals(1, concluyeron, "dos nodos a la vez: lo concluye uno");
        } finally {
            nodos.shutdownNow();
        }
        vencimientos.concluirVencidas(despues);
        Expediente concluida = expediente(p.getFolio());
        assertEquals(EstadoPeticion.CONCLUIDA, concluida.peticion().getEstado());
        assertEquals(MotivoConclusion.FALTA_INFORMACION, concluida.peticion().getMotivoConclusion());
        assertEquals(List.of(TipoOficio.SOLICITUD_DATOS, TipoOficio.CONCLUSION),
                concluida.oficios().stream().map(o -> o.getTipo()).toList(), "un solo oficio de conclusión");
        assertEquals(EstadoSolicitud.VENCIDA, concluida.solicitudesDatos().get(0).getEstado());
        assertEquals(1, concluida.bitacora().stream().filter(e -> e.getTipoEvento() == TipoEventoBitacora.CONCLUSION
                && "sistema".equals(e.getUsuario())).count());
        // Now, and only now, the lack-of-information conclusion fits the case: its text says what happened.
        assertEquals(List.of(TipoOficio.SOLICITUD_DATOS, TipoOficio.CONCLUSION),
                comoCorrespondencia.ejecutar(() -> oficios.tiposRedactables(p.getFolio())));
        String conclusion = concluida.oficios().get(1).getCuerpo().replaceAll("\\s+", " ");
        assertTrue(conclusion.contains("falta de información") && conclusion.contains("le solicitamos"), conclusion);
        assertFalse(conclusion.contains("el le") || conclusion.contains(".."), "sin huecos: " + conclusion);
    }

    @Test
    @DisplayName("Datos pedidos por correo (Anexo 38) y recibidos: carátula, datos cifrados actualizados y de vuelta a clasificar")
    void solicitudDeDatosAtendida() throws Exception {
        Peticion p = registrada("Con correo", "persona@example.com");
        comoCorrespondencia.ejecutar(() -> datosComplementarios.solicitar(p.getFolio(), CanalSolicitud.CORREO_ELECTRONICO,
                "Número de teléfono.", p.getVersion()));
        Expediente solicitada = expediente(p.getFolio());
        assertEquals(1, solicitada.correos().size());
        assertEquals("ANEXO_38", solicitada.correos().get(0).getPlantilla());
        assertTrue(solicitada.correos().get(0).getCuerpo().contains("datos: Número de teléfono.\n"),
                "un solo punto aunque lo pedido ya termine en punto: " + solicitada.correos().get(0).getCuerpo());
        assertEquals("persona@example.com", solicitada.correos().get(0).getDestinatario());

        comoCorrespondencia.ejecutar(() -> datosComplementarios.recibirDatos(p.getFolio(), "3398765432", null, null,
                "Contestó por correo", solicitada.peticion().getVersion()));
        Expediente atendida = expediente(p.getFolio());
        assertEquals(EstadoPeticion.REGISTRADA, atendida.peticion().getEstado());
        assertEquals("3398765432", atendida.datosPersonales().telefono());
        assertEquals("persona@example.com", atendida.datosPersonales().correo());
        assertEquals(EstadoSolicitud.ATENDIDA, atendida.solicitudesDatos().get(0).getEstado());
        assertTrue(atendida.documentos().stream().anyMatch(d -> d.getTipoDocumento().getClave().equals("CARATULA_DATOS")));
        vencimientos.concluirVencidas(OffsetDateTime.now().plusDays(30));
        assertEquals(EstadoPeticion.REGISTRADA, expediente(p.getFolio()).peticion().getEstado(),
                "una solicitud atendida ya no vence");
    }

    @Test
    @DisplayName("Pedir datos por correo a quien no dio correo se rechaza sin cambiar nada")
    void solicitudPorCorreoSinCorreo() throws Exception {
        Peticion p = registrada("Sin correo", null);
        SolicitudRechazadaException e = assertThrows(SolicitudRechazadaException.class, () -> comoCorrespondencia
                .ejecutar(() -> datosComplementarios.solicitar(p.getFolio(), CanalSolicitud.CORREO_ELECTRONICO,
                        "Teléfono", p.getVersion())));
        assertEquals("error.solicitud.sinCorreo", e.clave());
        assertEquals(EstadoPeticion.REGISTRADA, expediente(p.getFolio()).peticion().getEstado());
    }

    @Test
    @DisplayName("Un oficio se redacta de su plantilla, con folio de oficio y PDF, y se marca enviado una sola vez")
    void oficioRedactadoYEnviado() throws Exception {
        Peticion p = registrada("Oficio manual", null);
        // Nothing fits a case just registered: a notification of a case never derived, or a conclusion for
        // lack of information when nothing was requested, would say something false.
        assertEquals(List.of(), comoCorrespondencia.ejecutar(() -> oficios.tiposRedactables(p.getFolio())));
        assertEquals("error.oficio.noAplica", assertThrows(OficioNoEnviableException.class, () -> comoCorrespondencia
                .ejecutar(() -> oficios.redactar(p.getFolio(), TipoOficio.NOTIFICACION, "Lic. Ana Pérez"))).clave());
        assertEquals("error.oficio.noAplica", assertThrows(OficioNoEnviableException.class, () -> comoCorrespondencia
                .ejecutar(() -> oficios.redactar(p.getFolio(), TipoOficio.CONCLUSION, null))).clave());
        assertEquals(0, expediente(p.getFolio()).oficios().size(), "nada quedó a medias");
        comoCorrespondencia.ejecutar(() -> datosComplementarios.solicitar(p.getFolio(), CanalSolicitud.TELEFONO,
                "Número de seguridad social", p.getVersion()));
        assertEquals(List.of(TipoOficio.SOLICITUD_DATOS), comoCorrespondencia.ejecutar(() -> oficios.tiposRedactables(
                p.getFolio())), "la conclusión por falta de información, sólo cuando la solicitud venza");
        Oficio oficio = comoCorrespondencia.ejecutar(() -> oficios.redactar(p.getFolio(), TipoOficio.SOLICITUD_DATOS,
                "Lic. Ana Pérez"));
        assertTrue(oficio.getCuerpo().contains("Número de seguridad social"), oficio.getCuerpo());
        assertEquals(EstadoOficio.BORRADOR, oficio.getEstado());
        assertEquals("Lic. Ana Pérez", oficio.getDestinatario());
        assertTrue(oficio.getAsunto().contains(p.getFolio()));
        assertEquals("error.oficio.noEnviable", assertThrows(OficioNoEnviableException.class,
                () -> comoCorrespondencia.ejecutar(() -> oficios.marcarEnviado(oficio.getId()))).clave(),
                "sin rúbricas ni firma no sale (5.71)");
        Expediente e = expediente(p.getFolio());
        assertEquals(EstadoOficio.BORRADOR, e.oficios().get(0).getEstado());
        ByteArrayOutputStream contenido = new ByteArrayOutputStream();
        comoSupervisor.ejecutar(() -> {
            documentos.escribirContenido(e.oficios().get(0).getDocumento().getId(), contenido);
            return null;
        });
        try (PDDocument pdfOficio = Loader.loadPDF(contenido.toByteArray())) {
            String texto = new PDFTextStripper().getText(pdfOficio);
            assertTrue(texto.contains(oficio.getFolioOficio()), texto);
            assertTrue(texto.contains("Lic. Ana Pérez"), texto);
            assertFalse(texto.replaceAll("\\s+", " ").contains("firma se registran"),
                    "no promete rúbricas ni firma que aún no se registran");
        }
    }

    @Test
    @DisplayName("El administrador edita una plantilla de oficio; una que no se genera no se guarda; otros roles no la editan")
    void plantillasDeOficio() throws Exception {
        PlantillaOficio notificacion = comoAdmin.ejecutar(() -> plantillasOficio.todas()).stream()
                .filter(pl -> pl.getTipo() == TipoOficio.NOTIFICACION).findFirst().orElseThrow();
        PlantillaRechazadaException rota = assertThrows(PlantillaRechazadaException.class, () -> comoAdmin.ejecutar(
                () -> plantillasOficio.guardar(TipoOficio.NOTIFICACION, "Asunto ${folio}", "<p>sin cerrar ${folio",
                        notificacion.getVersion())));
        assertEquals("error.plantilla.sintaxis", rota.clave(), "dice la línea, en español");
        assertEquals("error.plantilla.tiempo", assertThrows(PlantillaRechazadaException.class, () -> comoAdmin.ejecutar(
                () -> plantillasOficio.guardar(TipoOficio.NOTIFICACION, "Asunto ${folio}",
                        "<#list 1..100000000000 as i><#assign x = i></#list><p>fin</p>", notificacion.getVersion())))
                .clave(), "una repetición sin fin se detiene por tiempo");
        assertThrows(EJBAccessException.class, () -> comoSupervisor.ejecutar(() -> plantillasOficio.guardar(
                TipoOficio.NOTIFICACION, "x", "<p>x</p>", notificacion.getVersion())));

        PlantillaOficio solicitud = comoAdmin.ejecutar(() -> plantillasOficio.todas()).stream()
                .filter(pl -> pl.getTipo() == TipoOficio.SOLICITUD_DATOS).findFirst().orElseThrow();
        String cuerpo = solicitud.getCuerpo().replace("Para atenderlo", "Para atenderlo con gusto");
        comoAdmin.ejecutar(() -> plantillasOficio.guardar(TipoOficio.SOLICITUD_DATOS, solicitud.getAsunto(), cuerpo,
                solicitud.getVersion()));
        Peticion p = registrada("Plantilla editada", null);
        comoCorrespondencia.ejecutar(() -> datosComplementarios.solicitar(p.getFolio(), CanalSolicitud.TELEFONO,
                "Domicilio", p.getVersion()));
        Oficio oficio = comoCorrespondencia.ejecutar(() -> oficios.redactar(p.getFolio(), TipoOficio.SOLICITUD_DATOS, null));
        assertTrue(oficio.getCuerpo().contains("Para atenderlo con gusto"), oficio.getCuerpo());
    }

    @Test
    @DisplayName("Una nota de seguimiento queda en la bitácora sin cambiar el estado")
    void notaDeSeguimiento() throws Exception {
        Peticion p = registrada("Nota de seguimiento", null);
        comoSupervisor.ejecutar(() -> {
            peticiones.anotar(p.getFolio(), "Se llamó a la CDAOD; ofrecen respuesta el viernes");
            return null;
        });
        Expediente e = expediente(p.getFolio());
        assertEquals(EstadoPeticion.REGISTRADA, e.peticion().getEstado());
        assertTrue(e.bitacora().stream().anyMatch(ev -> ev.getTipoEvento() == TipoEventoBitacora.NOTA
                && ev.getDescripcion().contains("ofrecen respuesta el viernes")));
        assertThrows(EJBAccessException.class, () -> comoJuridico.ejecutar(() -> {
            peticiones.anotar(p.getFolio(), "no");
            return null;
        }));
    }

    @Test
    @DisplayName("Nada de lo que dio la persona usuaria se lee en los archivos de datos: base cifrada, carpeta temporal vacía")
    void nadaPersonalEnLosArchivosDeDatos() throws Exception {
        String unico = UUID.randomUUID().toString().substring(0, 8);
        String nss = DatosDePrueba.nssNuevo();
        String telefono = "55" + String.format("%08d", Math.floorMod(unico.hashCode(), 100_000_000));
        String correo = "reposo." + unico + "@example.com";
        String domicilio = "Calle Reposo " + unico + ", Colonia Cifrada";
        String marca = "MARCA-ESCANEO-" + unico;
        Recepcion carta = new Recepcion(TipoPersonaUsuaria.DERECHOHABIENTE, "Persona Reposo " + unico,
                new DatosPersonales(Nss.de(nss), mx.gob.imss.siade.personas.Curp.de("LOMA900215MJCPRN00"), null,
                        telefono, correo, domicilio), MedioCaptacion.CORREO_POSTAL,
                OffsetDateTime.now(Tiempo.ZONA_MEXICO).minusHours(1), "Reposo " + unico, "Resumen", 15L, null);
        byte[] escrito = ArchivosDePrueba.pdfSinComprimir(marca);
        assertTrue(new String(escrito, java.nio.charset.StandardCharsets.ISO_8859_1).contains(marca),
                "la marca se lee en el PDF mismo: si no se leyera en la base es porque está cifrada");
        comoCorrespondencia.ejecutar(() -> recepcion.registrar(carta, List.of(enMemoria("escrito.pdf", escrito))));
        try (Connection c = ds.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("CHECKPOINT SYNC"); // everything committed is in the file now
        }

        java.nio.file.Path datos = java.nio.file.Path.of(System.getProperty("com.sun.aas.instanceRoot"));
        java.nio.file.Path archivoBase = datos.resolve("datos/siade.mv.db");
        byte[] cabecera = new byte[9];
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(archivoBase)) {
            assertEquals(9, in.read(cabecera));
        }
        assertEquals("H2encrypt", new String(cabecera, java.nio.charset.StandardCharsets.US_ASCII));
        List<String> buscados = List.of(nss, "LOMA900215MJCPRN00", telefono, correo, domicilio, marca, "Persona Reposo " + unico);
        List<java.nio.file.Path> archivos;
        try (java.util.stream.Stream<java.nio.file.Path> todos = java.nio.file.Files.walk(datos)) {
            // Everything but the deployed code itself (this test class carries the CURP as a constant).
            archivos = todos.filter(java.nio.file.Files::isRegularFile)
                    .filter(a -> !a.startsWith(datos.resolve("applications")) && !a.startsWith(datos.resolve("generated")))
                    .toList();
        }
        assertTrue(archivos.contains(archivoBase), archivos.toString());
        for (java.nio.file.Path archivo : archivos) {
            byte[] bytes;
            try {
                bytes = java.nio.file.Files.readAllBytes(archivo);
            } catch (java.nio.file.NoSuchFileException reemplazado) {
                continue; // a search-index segment merged away while we walked (the index keeps terms, see decisiones)
            }
            String comoLatin = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
            for (String buscado : buscados) {
                String utf8 = new String(buscado.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        java.nio.charset.StandardCharsets.ISO_8859_1);
                assertTrue(!comoLatin.contains(utf8), () -> "«" + buscado + "» se lee en " + archivo);
            }
        }
        try (java.util.stream.Stream<java.nio.file.Path> restos = java.nio.file.Files.list(
                mx.gob.imss.siade.web.documentos.CarpetaTemporal.carpeta())) {
            assertEquals(List.of(), restos.toList(), "la carpeta temporal queda vacía tras registrar");
        }
    }

    @Test
    @DisplayName("Las páginas de un TIFF se convierten una vez y se guardan; sólo quien ve el escaneo las pide")
    void paginasTiffUnaVez() throws Exception {
        RegistroRecepcion r = comoCorrespondencia.ejecutar(() -> recepcion.registrar(carta("TIFF de tres páginas"),
                List.of(enMemoria("escaneo.tif", ArchivosDePrueba.tiff("Tres páginas", 3)))));
        long id = expediente(r.folio()).documentos().get(0).getId();
        assertEquals(3, comoSupervisor.ejecutar(() -> documentos.paginasTiff(id)));
        assertEquals(0, paginasGuardadas(id));
        byte[] segunda = comoSupervisor.ejecutar(() -> documentos.paginaTiff(id, 1));
        BufferedImage imagen = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(segunda));
        assertEquals(600, imagen.getWidth(), "una página angosta se muestra a su tamaño");
        assertEquals(1, paginasGuardadas(id), "se guardó la página vista, no las demás");
        assertArrayEquals(segunda, comoSupervisor.ejecutar(() -> documentos.paginaTiff(id, 1)));
        assertEquals(1, paginasGuardadas(id), "la segunda vista la lee, no la vuelve a convertir");
        assertEquals("error.documento.pagina", assertThrows(DocumentoRechazadoException.class,
                () -> comoSupervisor.ejecutar(() -> documentos.paginaTiff(id, 3))).clave());
        assertEquals("error.documento.datosOcultos", assertThrows(DocumentoRechazadoException.class,
                () -> comoTitularDac.ejecutar(() -> documentos.paginaTiff(id, 0))).clave());
    }

    private long paginasGuardadas(long idDocumento) throws SQLException {
        return contar("SELECT COUNT(*) FROM PAGINA_DOCUMENTO WHERE DOCUMENTO_ID = ?", idDocumento);
    }

    @EJB
    private mx.gob.imss.siade.digitalizacion.CarpetaDigitalizacion carpetaDigitalizacion;

    @EJB
    private mx.gob.imss.siade.digitalizacion.PorClasificarService porClasificar;

    private static java.nio.file.Path dejar(java.nio.file.Path carpeta, String nombre, byte[] contenido) throws Exception {
        java.nio.file.Path p = java.nio.file.Files.write(carpeta.resolve(nombre), contenido);
        java.nio.file.Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minusSeconds(60)));
        return p;
    }

    @Test
    @DisplayName("Carpeta de digitalización: el escaneo con el QR del acuse se agrega solo a su folio; los demás quedan "
            + "por clasificar con el folio sugerido (folio o NSS leído en la primera hoja, QR con código que no coincide); "
            + "lo que no es escaneo va a rechazados con su motivo; un archivo aún copiándose espera; nada sale de la "
            + "carpeta sin estar guardado; el mismo archivo hallado otra vez tras una caída no se duplica")
    void carpetaDeDigitalizacion() throws Exception {
        Peticion a = registrada("Carpeta A", null);
        String codigoA = expediente(a.getFolio()).datosPersonales().codigoConsulta();
        Peticion b = registrada("Carpeta B", null);
        Recepcion cartaC = carta("Carpeta C");
        String folioC = comoCorrespondencia.ejecutar(() -> recepcion.registrar(cartaC,
                List.of(enMemoria("c.pdf", pdf("Carpeta C"))))).folio();
        String urlA = "https://siade.example/siade/consulta.xhtml?folio=" + a.getFolio() + "&codigo=" + codigoA;

        java.nio.file.Path carpeta = java.nio.file.Files.createTempDirectory("digitalizacion");
        byte[] conQr = mx.gob.imss.siade.pruebas.ArchivosDePrueba.escaneoConQr(urlA, "Carta de la persona, con su acuse.");
        dejar(carpeta, "lote-01.tif", conQr);
        byte[] conFolio = mx.gob.imss.siade.pruebas.ArchivosDePrueba.escaneo(
                "Seguimiento a mi petición con folio " + b.getFolio() + ".");
        dejar(carpeta, "lote-02.tif", conFolio);
        dejar(carpeta, "lote-03.tif", mx.gob.imss.siade.pruebas.ArchivosDePrueba.escaneo(
                "Mi número de seguridad social es " + cartaC.datosPersonales().nss().valor() + "."));
        dejar(carpeta, "lote-04.txt", "no es un escaneo".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        dejar(carpeta, "lote-05.tif", mx.gob.imss.siade.pruebas.ArchivosDePrueba.escaneoConQr(
                "https://siade.example/siade/consulta.xhtml?folio=" + a.getFolio() + "&codigo=ZZZZZZZZZZZZ", "Otra hoja."));
        java.nio.file.Files.write(carpeta.resolve("copiandose.tif"), conFolio); // just written: may be half-copied

        List<mx.gob.imss.siade.digitalizacion.ResultadoEscaneo> r = carpetaDigitalizacion.importarDe(carpeta);
        assertEquals(5, r.size(), r.toString());
        try (java.util.stream.Stream<java.nio.file.Path> quedan = java.nio.file.Files.list(carpeta)) {
            assertEquals(java.util.Set.of("copiandose.tif", "rechazados"), quedan.map(p -> p.getFileName().toString())
                    .collect(java.util.stream.Collectors.toSet()), "sólo sale lo guardado; lo que se copia espera");
        }
        assertTrue(java.nio.file.Files.readString(carpeta.resolve("rechazados/lote-04.txt.motivo.txt")).contains("no es PDF"));
        assertTrue(java.nio.file.Files.exists(carpeta.resolve("rechazados/lote-04.txt")), "lo rechazado no se pierde");

        Expediente deA = expediente(a.getFolio());
        assertTrue(deA.documentos().stream().anyMatch(d -> d.getNombreArchivo().equals("lote-01.tif")
                && d.getTipoDocumento().getClave().equals("ESCRITO")), "adjuntado solo por el QR del acuse");
        assertTrue(deA.bitacora().stream().anyMatch(e -> e.getDescripcion().contains("QR del acuse")));
        assertTrue(deA.ocr().values().stream().anyMatch(o -> o.estado() == mx.gob.imss.siade.ocr.EstadoOcr.PENDIENTE),
                "su texto se reconocerá");

        List<mx.gob.imss.siade.digitalizacion.EscaneoEntrante> bandeja = comoCorrespondencia.ejecutar(
                () -> porClasificar.pendientes());
        java.util.Map<String, mx.gob.imss.siade.digitalizacion.EscaneoEntrante> porNombre = bandeja.stream().collect(
                java.util.stream.Collectors.toMap(mx.gob.imss.siade.digitalizacion.EscaneoEntrante::getNombreArchivo, e -> e));
        assertEquals(java.util.Set.of("lote-02.tif", "lote-03.tif", "lote-05.tif"), porNombre.keySet());
        assertEquals(b.getFolio(), porNombre.get("lote-02.tif").getFolioSugerido());
        assertTrue(porNombre.get("lote-02.tif").getMotivoSugerencia().startsWith("Folio"));
        assertEquals(folioC, porNombre.get("lote-03.tif").getFolioSugerido());
        assertTrue(porNombre.get("lote-03.tif").getMotivoSugerencia().startsWith("NSS"));
        assertEquals(a.getFolio(), porNombre.get("lote-05.tif").getFolioSugerido(), "QR con código que no coincide");
        assertTrue(porNombre.get("lote-05.tif").getMotivoSugerencia().contains("no coincide"));

        mx.gob.imss.siade.digitalizacion.EscaneoEntrante dos = porNombre.get("lote-02.tif");
        assertEquals(b.getFolio(), comoCorrespondencia.ejecutar(() -> porClasificar.clasificar(dos.getId(),
                dos.getFolioSugerido(), dos.getVersion())));
        assertTrue(expediente(b.getFolio()).documentos().stream().anyMatch(d -> d.getNombreArchivo().equals("lote-02.tif")));
        assertEquals("error.porClasificar.yaResuelto", assertInstanceOf(mx.gob.imss.siade.infra.ReglaNegocioException.class,
                assertThrows(Exception.class, () -> comoCorrespondencia.ejecutar(() -> porClasificar.clasificar(dos.getId(),
                        b.getFolio(), dos.getVersion())))).clave(), "otra persona ya lo clasificó");
        mx.gob.imss.siade.digitalizacion.EscaneoEntrante cinco = porNombre.get("lote-05.tif");
        assertEquals("error.porClasificar.sinMotivo", assertInstanceOf(mx.gob.imss.siade.infra.ReglaNegocioException.class,
                assertThrows(Exception.class, () -> comoCorrespondencia.ejecutar(() -> {
                    porClasificar.descartar(cinco.getId(), " ", cinco.getVersion());
                    return null;
                }))).clave());
        comoCorrespondencia.ejecutar(() -> {
            porClasificar.descartar(cinco.getId(), "Hoja separadora del lote", cinco.getVersion());
            return null;
        });
        assertEquals(List.of("lote-03.tif"), comoCorrespondencia.ejecutar(() -> porClasificar.pendientes()).stream()
                .map(mx.gob.imss.siade.digitalizacion.EscaneoEntrante::getNombreArchivo).toList());
        assertThrows(EJBAccessException.class, () -> comoJuridico.ejecutar(() -> porClasificar.pendientes()),
                "la bandeja es de Correspondencia");

        // After a crash between the commit and the removal the same file is found again: not stored twice.
        dejar(carpeta, "lote-02.tif", conFolio);
        dejar(carpeta, "copia-de-lote-02.tif", conFolio);
        List<mx.gob.imss.siade.digitalizacion.ResultadoEscaneo> otraVez = carpetaDigitalizacion.importarDe(carpeta);
        assertEquals(2, otraVez.size());
        assertFalse(java.nio.file.Files.exists(carpeta.resolve("lote-02.tif")));
        assertTrue(java.nio.file.Files.exists(carpeta.resolve("duplicados/copia-de-lote-02.tif")));
        assertEquals(1, contar("SELECT COUNT(*) FROM ESCANEO_ENTRANTE WHERE NOMBRE_ARCHIVO = ?", "lote-02.tif"));
    }
}
