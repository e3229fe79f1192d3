package mx.gob.imss.siade.busqueda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.personas.Curp;
import mx.gob.imss.siade.personas.DatoPersonalInvalidoException;
import mx.gob.imss.siade.personas.DatosPersonales;
import mx.gob.imss.siade.personas.Nss;
import mx.gob.imss.siade.personas.TipoPersonaUsuaria;
import mx.gob.imss.siade.peticion.EstadoPeticion;
import mx.gob.imss.siade.peticion.FolioInvalidoException;
import mx.gob.imss.siade.peticion.MedioCaptacion;
import mx.gob.imss.siade.peticion.NuevaPeticion;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.peticion.PeticionService;
import mx.gob.imss.siade.pruebas.ComoConsultor;
import mx.gob.imss.siade.pruebas.ComoCorrespondencia;
import mx.gob.imss.siade.pruebas.ComoGestion;
import mx.gob.imss.siade.pruebas.ComoJuridico;
import mx.gob.imss.siade.pruebas.ComoTitularDac;
import mx.gob.imss.siade.pruebas.DatosDePrueba;
import mx.gob.imss.siade.pruebas.Despliegue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The search over the real services and index: every criterion, visibility by área, the outbox, a rebuild. */
@ExtendWith(ArquillianExtension.class)
class BusquedaIT {

    @Deployment
    static WebArchive despliegue() {
        return Despliegue.conEjecutoresDeRol();
    }

    @EJB private PeticionService peticiones;
    @EJB private BusquedaService busqueda;
    @EJB private IndexadorPendientes indexador;
    @EJB private ReconstruccionIndice reconstruccion;
    @EJB private ComoCorrespondencia comoCorrespondencia;
    @EJB private ComoConsultor comoConsultor;
    @EJB private ComoGestion comoGestion;
    @EJB private ComoJuridico comoJuridico;
    @EJB private ComoTitularDac comoTitularDac;
    @Inject private IndiceBusqueda indice;

    @Resource(lookup = "jdbc/siade")
    private DataSource ds;

    private CriteriosBusqueda por(String folio, String nss, String curp, String nombre, String texto, EstadoPeticion estado) {
        return new CriteriosBusqueda(folio, nss, curp, nombre, texto, null, null, null, null, estado, null, null, null, null,
                null, null);
    }

    private List<String> folios(ResultadoBusqueda r) {
        return r.filas().stream().map(ResultadoBusqueda.Fila::folio).toList();
    }

    private Peticion registrarCaso(String nss, String palabra) throws Exception {
        NuevaPeticion nueva = new NuevaPeticion(TipoPersonaUsuaria.DERECHOHABIENTE, "Zoé Ñúñez Quiroga " + nss,
                new DatosPersonales(Nss.de(nss), Curp.de("LOMA900215MJCPRN00"), null, "3312345678", null, null),
                MedioCaptacion.CORREO_POSTAL, "CORRESPONDENCIA", 15L, null, "Queja por trato en la clínica",
                "La persona relata que en la clínica no le entregaron sus " + palabra + " y pide su reposición; su NSS es "
                        + nss + ".", OffsetDateTime.now(Tiempo.ZONA_MEXICO).minusHours(2));
        return comoCorrespondencia.ejecutar(() -> peticiones.registrar(nueva));
    }

    @Test
    @DisplayName("Un caso registrado se encuentra por cada criterio en cuanto se indexa; otra área no lo ve ni en las "
            + "cifras; criterios mal escritos reciben un mensaje")
    void porCadaCriterioYSoloQuienLoLee() throws Exception {
        String nss = DatosDePrueba.nssNuevo();
        Peticion p = registrarCaso(nss, "radiografías");
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM TAREA_INDICE WHERE PETICION_ID = ?")) {
            s.setLong(1, p.getId());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertTrue(r.getInt(1) >= 1, "la tarea del índice se escribió con el registro");
            }
        }
        indexador.ponerAlDia();

        assertEquals(List.of(p.getFolio()), folios(comoJuridico.ejecutar(() -> busqueda.buscar(
                por(p.getFolio(), null, null, null, null, null), 0, 10, OrdenBusqueda.RELEVANCIA))));
        assertEquals(List.of(p.getFolio()), folios(comoJuridico.ejecutar(() -> busqueda.buscar(
                por(null, nss, null, null, null, null), 0, 10, OrdenBusqueda.RELEVANCIA))));
        assertTrue(folios(comoJuridico.ejecutar(() -> busqueda.buscar(por(null, null, "LOMA900215MJCPRN00", null, null, null),
                0, 100, OrdenBusqueda.RECIENTES))).contains(p.getFolio()));
        assertEquals(List.of(p.getFolio()), folios(comoJuridico.ejecutar(() -> busqueda.buscar(
                por(null, null, null, "quiroga zoe nunez " + nss, null, null), 0, 10, OrdenBusqueda.RELEVANCIA))),
                "sin acentos ni ñ, en otro orden");
        ResultadoBusqueda porTexto = comoJuridico.ejecutar(() -> busqueda.buscar(
                por(null, nss, null, null, "radiografia reposicion", null), 0, 10, OrdenBusqueda.RELEVANCIA));
        assertEquals(List.of(p.getFolio()), folios(porTexto), "singular y sin acento encuentra «radiografías»");
        assertTrue(porTexto.filas().get(0).fragmento().contains("<mark>radiografías</mark>"), porTexto.filas().get(0).fragmento());
        assertTrue(porTexto.filas().get(0).fragmento().contains(nss), "Jurídico ve los datos completos");
        String delTitular = comoTitularDac.ejecutar(() -> busqueda.buscar(por(null, nss, null, null, "radiografias", null),
                0, 10, OrdenBusqueda.RELEVANCIA)).filas().get(0).fragmento();
        assertFalse(delTitular.contains(nss), "el fragmento se enmascara como la pantalla: " + delTitular);
        assertEquals(List.of(), folios(comoJuridico.ejecutar(() -> busqueda.buscar(
                por(null, nss, null, null, null, EstadoPeticion.CONCLUIDA), 0, 10, OrdenBusqueda.RELEVANCIA))));

        assertEquals(List.of(p.getFolio()), folios(comoConsultor.ejecutar(() -> busqueda.buscar(
                por(null, nss, null, null, null, null), 0, 10, OrdenBusqueda.RELEVANCIA))), "su área lo lee");
        ResultadoBusqueda deGestion = comoGestion.ejecutar(() -> busqueda.buscar(por(null, nss, null, null, null, null), 0, 10,
                OrdenBusqueda.RELEVANCIA));
        assertEquals(0, deGestion.total(), "otra área no lo encuentra");
        assertTrue(deGestion.facetas().values().stream().allMatch(List::isEmpty), "ni lo cuenta en las cifras");

        assertInstanceOf(FolioInvalidoException.class, assertThrows(Exception.class, () -> comoJuridico.ejecutar(
                () -> busqueda.buscar(por("2026-0000001-9", null, null, null, null, null), 0, 10, OrdenBusqueda.RELEVANCIA))),
                "carácter verificador erróneo");
        assertInstanceOf(DatoPersonalInvalidoException.class, assertThrows(Exception.class, () -> comoJuridico.ejecutar(
                () -> busqueda.buscar(por(null, "12345678901", null, null, null, null), 0, 10, OrdenBusqueda.RELEVANCIA))));
    }

    @Test
    @DisplayName("Un cambio llega al índice por la bandeja de salida; borrado el índice, se reconstruye desde la base")
    void cambiosYReconstruccion() throws Exception {
        String nss = DatosDePrueba.nssNuevo();
        Peticion p = registrarCaso(nss, "lentes");
        indexador.ponerAlDia();
        comoConsultor.ejecutar(() -> {
            peticiones.anotar(p.getFolio(), "Se habló con la clínica sobre el marcapasos pendiente.");
            return null;
        });
        indexador.ponerAlDia();
        assertEquals(List.of(p.getFolio()), folios(comoJuridico.ejecutar(() -> busqueda.buscar(
                por(null, nss, null, null, "marcapasos", null), 0, 10, OrdenBusqueda.RELEVANCIA))), "la nota ya se busca");

        indice.vaciar();
        assertEquals(0, comoJuridico.ejecutar(() -> busqueda.buscar(por(null, nss, null, null, null, null), 0, 10,
                OrdenBusqueda.RELEVANCIA)).total());
        assertTrue(reconstruccion.reconstruir());
        assertEquals(List.of(p.getFolio()), folios(comoJuridico.ejecutar(() -> busqueda.buscar(
                por(null, nss, null, null, "marcapasos", null), 0, 10, OrdenBusqueda.RELEVANCIA))));
        assertEquals(reconstruccion.avance().total(), reconstruccion.avance().hechas());
    }

    @EJB private mx.gob.imss.siade.correspondencia.RecepcionService recepcion;
    @EJB private mx.gob.imss.siade.consulta.ExpedientePdfService expedientePdf;

    private byte[] pdfDe(mx.gob.imss.siade.pruebas.EjecutorConRol quien, String folio) throws Exception {
        return quien.ejecutar(() -> {
            java.io.ByteArrayOutputStream salida = new java.io.ByteArrayOutputStream();
            expedientePdf.escribir(folio, salida);
            return salida.toByteArray();
        });
    }

    @Test
    @DisplayName("El expediente en un PDF: carátula con índice, bitácora y cada documento (PDF, imagen, TIFF) con su "
            + "marcador, folio y «Página n de N» en cada hoja; la titular recibe los escaneos como aviso; el consultor no")
    void expedienteEnUnSoloPdf() throws Exception {
        String nss = DatosDePrueba.nssNuevo();
        Peticion p = registrarCaso(nss, "recetas");
        comoCorrespondencia.ejecutar(() -> {
            recepcion.agregarAPendiente(p.getFolio(), "Escrito y anexos", List.of(
                    mx.gob.imss.siade.pruebas.ArchivosDePrueba.enMemoria("escrito.pdf",
                            mx.gob.imss.siade.pruebas.ArchivosDePrueba.pdf("Escrito de la persona " + nss)),
                    mx.gob.imss.siade.pruebas.ArchivosDePrueba.enMemoria("receta.png",
                            mx.gob.imss.siade.pruebas.ArchivosDePrueba.png("Receta " + nss)),
                    mx.gob.imss.siade.pruebas.ArchivosDePrueba.enMemoria("credencial.tif",
                            mx.gob.imss.siade.pruebas.ArchivosDePrueba.tiff("Credencial " + nss, 2))));
            return null;
        });
        byte[] pdf = pdfDe(comoJuridico, p.getFolio());
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            int paginas = d.getNumberOfPages();
            assertTrue(paginas >= 6, "carátula, bitácora, escrito, receta y dos hojas del TIFF: " + paginas);
            org.apache.pdfbox.text.PDFTextStripper lector = new org.apache.pdfbox.text.PDFTextStripper();
            for (int i = 1; i <= paginas; i++) {
                lector.setStartPage(i);
                lector.setEndPage(i);
                String texto = lector.getText(d);
                assertTrue(texto.contains("Expediente " + p.getFolio() + " · Página " + i + " de " + paginas),
                        "hoja " + i + ": " + texto);
            }
            lector.setStartPage(1);
            lector.setEndPage(paginas);
            String todo = lector.getText(d);
            assertTrue(todo.contains("Índice") && todo.contains("Escrito de la persona " + nss), todo);
            List<String> marcadores = new java.util.ArrayList<>();
            d.getDocumentCatalog().getDocumentOutline().children().forEach(m -> marcadores.add(m.getTitle()));
            assertEquals("Carátula e índice", marcadores.get(0));
            assertEquals("Bitácora", marcadores.get(1));
            assertTrue(marcadores.stream().anyMatch(m -> m.startsWith("escrito.pdf"))
                    && marcadores.stream().anyMatch(m -> m.startsWith("credencial.tif")), marcadores.toString());
        }
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdfDe(comoTitularDac, p.getFolio()))) {
            String texto = new org.apache.pdfbox.text.PDFTextStripper().getText(d);
            assertTrue(texto.contains("No se incluye"), "los escaneos no se muestran a la titular");
            assertFalse(texto.contains("Escrito de la persona " + nss));
        }
        assertThrows(Exception.class, () -> pdfDe(comoConsultor, p.getFolio()), "el consultor no descarga el expediente");
    }

    @EJB private mx.gob.imss.siade.consulta.ExpedienteService expedientes;
    @EJB private mx.gob.imss.siade.auditoria.AuditoriaService auditoria;
    @EJB private mx.gob.imss.siade.auditoria.VerificacionCadenas verificacion;
    @EJB private mx.gob.imss.siade.pruebas.ComoAdmin comoAdmin;

    private void sql(String sentencia, Object... parametros) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sentencia)) {
            for (int i = 0; i < parametros.length; i++) {
                s.setObject(i + 1, parametros[i]);
            }
            s.executeUpdate();
        }
    }

    private String uno(String consulta, Object parametro) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(consulta)) {
            s.setObject(1, parametro);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    @Test
    @DisplayName("Auditoría: la lectura de Jurídico y su búsqueda (NSS enmascarado) quedan, la del área no; las cadenas "
            + "verifican y un cambio directo en la base se detecta en la bitácora y en la auditoría")
    void auditoriaYCadenas() throws Exception {
        String nss = DatosDePrueba.nssNuevo();
        Peticion p = registrarCaso(nss, "muletas");
        indexador.ponerAlDia();
        comoJuridico.ejecutar(() -> expedientes.abrir(p.getFolio()));
        comoConsultor.ejecutar(() -> expedientes.abrir(p.getFolio()));
        comoJuridico.ejecutar(() -> busqueda.buscar(por(null, nss, null, null, "muletas", null), 0, 10,
                OrdenBusqueda.RELEVANCIA));
        List<mx.gob.imss.siade.auditoria.RegistroAuditoria> delCaso = comoAdmin.ejecutar(() -> auditoria.pagina(
                new mx.gob.imss.siade.auditoria.AuditoriaService.Filtro(null, null, null, null, p.getFolio()), 0, 50));
        assertEquals(List.of("juridico"), delCaso.stream().map(mx.gob.imss.siade.auditoria.RegistroAuditoria::getUsuario)
                .toList(), "sólo quien no trabaja el caso");
        mx.gob.imss.siade.auditoria.RegistroAuditoria busquedaAuditada = comoAdmin.ejecutar(() -> auditoria.pagina(
                new mx.gob.imss.siade.auditoria.AuditoriaService.Filtro(null, null, "juridico",
                        mx.gob.imss.siade.auditoria.AccionAuditada.BUSQUEDA, null), 0, 1)).get(0);
        assertTrue(busquedaAuditada.getDetalle().contains("muletas") && !busquedaAuditada.getDetalle().contains(nss),
                busquedaAuditada.getDetalle());
        java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
        comoAdmin.ejecutar(() -> {
            auditoria.exportarXlsx(new mx.gob.imss.siade.auditoria.AuditoriaService.Filtro(null, null, null, null,
                    p.getFolio()), xlsx);
            return null;
        });
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook libro = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx.toByteArray()))) {
            assertEquals(p.getFolio(), libro.getSheet("Auditoría").getRow(1).getCell(4).getStringCellValue());
        }
        assertThrows(Exception.class, () -> comoJuridico.ejecutar(() -> verificacion.verificar()), "sólo el administrador");

        assertTrue(comoAdmin.ejecutar(() -> verificacion.verificar()).integra());
        String entrada = uno("SELECT MAX(ID) FROM BITACORA WHERE PETICION_ID = ?", p.getId());
        String original = uno("SELECT DESCRIPCION FROM BITACORA WHERE ID = ?", Long.valueOf(entrada));
        sql("UPDATE BITACORA SET DESCRIPCION = ? WHERE ID = ?", original + " (alterada)", Long.valueOf(entrada));
        try {
            mx.gob.imss.siade.auditoria.VerificacionCadenas.Resultado r = comoAdmin.ejecutar(() -> verificacion.verificar());
            assertFalse(r.integra());
            assertEquals("BITACORA", r.tabla());
            assertEquals(p.getFolio(), r.folio());
            assertEquals(Long.valueOf(entrada), r.id());
        } finally {
            sql("UPDATE BITACORA SET DESCRIPCION = ? WHERE ID = ?", original, Long.valueOf(entrada));
        }
        long registro = delCaso.get(0).getId();
        sql("UPDATE AUDITORIA SET USUARIO = ? WHERE ID = ?", "alguien", registro);
        try {
            mx.gob.imss.siade.auditoria.VerificacionCadenas.Resultado r = comoAdmin.ejecutar(() -> verificacion.verificar());
            assertFalse(r.integra());
            assertEquals("AUDITORIA", r.tabla());
            assertEquals(registro, r.id());
        } finally {
            sql("UPDATE AUDITORIA SET USUARIO = ? WHERE ID = ?", "juridico", registro);
        }
        assertTrue(comoAdmin.ejecutar(() -> verificacion.verificar()).integra(), "restaurado, íntegro otra vez");
    }

    @EJB private mx.gob.imss.siade.consulta.ConfidencialidadService confidencialidad;
    @EJB private mx.gob.imss.siade.consulta.BandejaService bandeja;
    @EJB private mx.gob.imss.siade.documentos.DocumentoService documentosService;
    @EJB private mx.gob.imss.siade.pruebas.ComoJefe comoJefe;

    @Test
    @DisplayName("Reservado: sólo los nombrados y los titulares lo ven — expediente, documento, bandeja, búsqueda y sus "
            + "cifras, PDF —; restringido no lo ve el administrador; el cambio queda en la bitácora")
    void confidencialidadEnTodasPartes() throws Exception {
        String nss = DatosDePrueba.nssNuevo();
        Peticion p = registrarCaso(nss, "bastones");
        comoCorrespondencia.ejecutar(() -> {
            recepcion.agregarAPendiente(p.getFolio(), "Escrito", List.of(mx.gob.imss.siade.pruebas.ArchivosDePrueba.enMemoria(
                    "escrito.pdf", mx.gob.imss.siade.pruebas.ArchivosDePrueba.pdf("Escrito reservado " + nss))));
            return null;
        });
        long documento = comoConsultor.ejecutar(() -> expedientes.abrir(p.getFolio()).documentos().get(0).getId());
        assertThrows(Exception.class, () -> comoConsultor.ejecutar(() -> confidencialidad.cambiar(p.getFolio(),
                mx.gob.imss.siade.peticion.Confidencialidad.RESERVADO, List.of(), "x", p.getVersion())), "el consultor no");
        assertEquals("error.confidencialidad.motivo", assertInstanceOf(mx.gob.imss.siade.infra.ReglaNegocioException.class,
                assertThrows(Exception.class, () -> comoJefe.ejecutar(() -> confidencialidad.cambiar(p.getFolio(),
                        mx.gob.imss.siade.peticion.Confidencialidad.RESERVADO, List.of("juridico"), " ",
                        comoJefe.ejecutar(() -> expedientes.abrir(p.getFolio())).peticion().getVersion())))).clave());
        comoJefe.ejecutar(() -> confidencialidad.cambiar(p.getFolio(), mx.gob.imss.siade.peticion.Confidencialidad.RESERVADO,
                List.of("juridico"), "Queja con datos de salud sensibles",
                expedientes.abrir(p.getFolio()).peticion().getVersion()));
        indexador.ponerAlDia();

        assertInstanceOf(mx.gob.imss.siade.seguridad.AccesoDenegadoException.class, assertThrows(Exception.class,
                () -> comoConsultor.ejecutar(() -> expedientes.abrir(p.getFolio()))), "su área, pero no nombrado");
        assertThrows(Exception.class, () -> comoConsultor.ejecutar(() -> documentosService.metadatos(documento)));
        assertEquals(0, comoConsultor.ejecutar(() -> bandeja.buscar(new mx.gob.imss.siade.consulta.FiltroBandeja(
                p.getFolio(), null, null, null, null, null, null, null, null), 0, 10, null, false)).total(), "ni en la bandeja");
        ResultadoBusqueda delConsultor = comoConsultor.ejecutar(() -> busqueda.buscar(por(null, nss, null, null, null, null),
                0, 10, OrdenBusqueda.RELEVANCIA));
        assertEquals(0, delConsultor.total());
        assertTrue(delConsultor.facetas().values().stream().allMatch(List::isEmpty), "ni en las cifras");

        assertEquals(p.getFolio(), comoJuridico.ejecutar(() -> expedientes.abrir(p.getFolio())).peticion().getFolio(),
                "Jurídico está nombrado");
        assertEquals(1, comoJuridico.ejecutar(() -> busqueda.buscar(por(null, nss, null, null, null, null), 0, 10,
                OrdenBusqueda.RELEVANCIA)).total());
        assertTrue(pdfDe(comoJuridico, p.getFolio()).length > 0);
        assertEquals(p.getFolio(), comoTitularDac.ejecutar(() -> expedientes.abrir(p.getFolio())).peticion().getFolio(),
                "los titulares siempre");
        assertEquals(p.getFolio(), comoJefe.ejecutar(() -> expedientes.abrir(p.getFolio())).peticion().getFolio(),
                "quien lo reservó queda nombrado");
        assertTrue(comoJefe.ejecutar(() -> expedientes.abrir(p.getFolio())).bitacora().stream()
                .anyMatch(b -> b.getDescripcion().contains("Reservado") && b.getDescripcion().contains("juridico")));

        comoJefe.ejecutar(() -> confidencialidad.cambiar(p.getFolio(), mx.gob.imss.siade.peticion.Confidencialidad.RESTRINGIDO,
                List.of(), "Ya no es reservado", expedientes.abrir(p.getFolio()).peticion().getVersion()));
        indexador.ponerAlDia();
        assertEquals(p.getFolio(), comoConsultor.ejecutar(() -> expedientes.abrir(p.getFolio())).peticion().getFolio());
        assertThrows(Exception.class, () -> comoAdmin.ejecutar(() -> expedientes.abrir(p.getFolio())),
                "restringido: el administrador no lo lee");
        assertEquals(0, comoAdmin.ejecutar(() -> busqueda.buscar(por(null, nss, null, null, null, null), 0, 10,
                OrdenBusqueda.RELEVANCIA)).total());
    }

    @Inject private mx.gob.imss.siade.ocr.TrabajadorOcr trabajadorOcr;
    @EJB private mx.gob.imss.siade.ocr.ColaOcr colaOcr;

    private mx.gob.imss.siade.documentos.Documento documento(String folio, String nombre) throws Exception {
        return comoJuridico.ejecutar(() -> expedientes.abrir(folio)).documentos().stream()
                .filter(d -> d.getNombreArchivo().equals(nombre)).findFirst().orElseThrow();
    }

    private void escaneo(String folio, String nombre, byte[] contenido) throws Exception {
        comoCorrespondencia.ejecutar(() -> {
            recepcion.agregarAPendiente(folio, "Carta escaneada", List.of(
                    mx.gob.imss.siade.pruebas.ArchivosDePrueba.enMemoria(nombre, contenido)));
            return null;
        });
    }

    private mx.gob.imss.siade.ocr.EstadoOcrDocumento ocr(Peticion p, long documentoId) {
        return colaOcr.estados(p.getId()).get(documentoId);
    }

    @Test
    @DisplayName("OCR: una carta escaneada en español se reconoce en segundo plano, su texto se encuentra por una palabra "
            + "que sólo está en la hoja 2, el resultado señala esa hoja; el PDF con texto queda junto al original, que no "
            + "cambia; quien no ve datos personales no recibe el fragmento ni el PDF")
    void ocrDeUnaCartaEscaneada() throws Exception {
        String nss = DatosDePrueba.nssNuevo();
        Peticion p = registrarCaso(nss, "lentes");
        byte[] carta = mx.gob.imss.siade.pruebas.ArchivosDePrueba.escaneo(
                "Ciudad de México, a 3 de marzo de 2026.\nSolicito la atención de mi petición sobre la pensión.",
                "En la clínica me pidieron traer zarzamoras y\nconstancias de la unidad de medicina familiar.");
        escaneo(p.getFolio(), "carta-escaneada.tif", carta);
        mx.gob.imss.siade.documentos.Documento d = documento(p.getFolio(), "carta-escaneada.tif");
        assertEquals(mx.gob.imss.siade.ocr.EstadoOcr.PENDIENTE, ocr(p, d.getId()).estado(), "en cola con el registro");
        indexador.ponerAlDia();
        CriteriosBusqueda porPalabra = por(null, null, null, null, "zarzamora", null);
        assertEquals(0, comoJuridico.ejecutar(() -> busqueda.buscar(porPalabra, 0, 10, OrdenBusqueda.RELEVANCIA)).total(),
                "antes del OCR la palabra no está en ningún lado");

        assertTrue(trabajadorOcr.trabajarMientrasHaya() >= 1);
        mx.gob.imss.siade.ocr.EstadoOcrDocumento estado = ocr(p, d.getId());
        assertEquals(mx.gob.imss.siade.ocr.EstadoOcr.TERMINADO, estado.estado(), String.valueOf(estado));
        assertEquals(2, estado.paginas());
        assertEquals(2, estado.conTexto());
        assertTrue(estado.buscable());
        indexador.ponerAlDia();

        ResultadoBusqueda r = comoJuridico.ejecutar(() -> busqueda.buscar(porPalabra, 0, 10, OrdenBusqueda.RELEVANCIA));
        assertEquals(List.of(p.getFolio()), folios(r));
        ResultadoBusqueda.EnDocumento en = r.filas().get(0).enDocumento();
        assertEquals(d.getId(), en.documentoId());
        assertEquals(2, en.pagina(), "la palabra está en la hoja 2");
        assertTrue(r.filas().get(0).fragmento().contains("<mark>zarzamoras</mark>"), r.filas().get(0).fragmento());
        ResultadoBusqueda deTitular = comoTitularDac.ejecutar(() -> busqueda.buscar(porPalabra, 0, 10,
                OrdenBusqueda.RELEVANCIA));
        assertEquals(List.of(p.getFolio()), folios(deTitular), "la titular encuentra el caso");
        assertEquals(2, deTitular.filas().get(0).enDocumento().pagina());
        assertEquals(null, deTitular.filas().get(0).fragmento(), "pero no las palabras del escaneo (datos personales)");

        byte[] buscable = comoJuridico.ejecutar(() -> {
            java.io.ByteArrayOutputStream salida = new java.io.ByteArrayOutputStream();
            assertTrue(documentosService.escribirBuscable(d.getId(), salida));
            return salida.toByteArray();
        });
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(buscable)) {
            assertEquals(2, pdf.getNumberOfPages());
            assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).contains("zarzamoras"));
        }
        assertThrows(Exception.class, () -> comoTitularDac.ejecutar(() -> documentosService.escribirBuscable(d.getId(),
                java.io.OutputStream.nullOutputStream())), "el PDF con texto se lee como el escaneo");
        java.io.ByteArrayOutputStream original = new java.io.ByteArrayOutputStream();
        comoJuridico.ejecutar(() -> {
            documentosService.escribirContenido(d.getId(), original);
            return null;
        });
        assertEquals(mx.gob.imss.siade.documentos.Digitalizacion.sha256(carta),
                mx.gob.imss.siade.documentos.Digitalizacion.sha256(original.toByteArray()), "el original no cambia");
        assertTrue(comoJuridico.ejecutar(() -> expedientes.abrir(p.getFolio())).bitacora().stream()
                .anyMatch(b -> b.getTipoEvento() == mx.gob.imss.siade.bitacora.TipoEventoBitacora.TEXTO_RECONOCIDO
                        && b.getDescripcion().contains("carta-escaneada.tif")));
    }

    @Test
    @DisplayName("OCR: un trabajo cuyo nodo murió a la mitad no se toma mientras dura su arriendo, luego se termina desde "
            + "la hoja siguiente; el nodo caído ya no escribe; una hoja que falla se reintenta hasta el límite y queda "
            + "con su motivo")
    void trabajoInterrumpidoYHojaQueFalla() throws Exception {
        trabajadorOcr.trabajarMientrasHaya(); // nothing else pending: the next job taken is this test's
        Peticion p = registrarCaso(DatosDePrueba.nssNuevo(), "muletas");
        escaneo(p.getFolio(), "dos-hojas.tif", mx.gob.imss.siade.pruebas.ArchivosDePrueba.escaneo(
                "Primera hoja de la carta.", "Segunda hoja: solicito arándanos para el comedor."));
        long id = documento(p.getFolio(), "dos-hojas.tif").getId();
        OffsetDateTime ahora = OffsetDateTime.now();
        String caido = "nodo-caido/1";
        assertEquals(id, colaOcr.tomar(caido, ahora, ahora.plusSeconds(300)).orElseThrow().documentoId());
        assertTrue(colaOcr.guardarPagina(id, caido, 0, mx.gob.imss.siade.ocr.OrigenPagina.OCR,
                "Texto de la hoja 1 que el nodo caído alcanzó a guardar: murciélago", null));

        assertEquals(0, trabajadorOcr.trabajarMientrasHaya(), "su arriendo sigue vigente: nadie más lo toma");
        assertEquals(mx.gob.imss.siade.ocr.EstadoOcr.EN_PROCESO, ocr(p, id).estado());
        try {
            mx.gob.imss.siade.pruebas.RelojMovible.fijar(java.time.Instant.now().plusSeconds(301));
            assertEquals(1, trabajadorOcr.trabajarMientrasHaya(), "vencido el arriendo, otro trabajador lo termina");
        } finally {
            mx.gob.imss.siade.pruebas.RelojMovible.restablecer();
        }
        List<mx.gob.imss.siade.ocr.PaginaOcr> paginas = colaOcr.textos(p.getId());
        assertEquals(2, paginas.size());
        assertTrue(paginas.get(0).texto().contains("murciélago"), "la hoja 1 no se hizo dos veces");
        assertTrue(paginas.get(1).texto().contains("arándanos"), paginas.get(1).texto());
        assertEquals(mx.gob.imss.siade.ocr.EstadoOcr.TERMINADO, ocr(p, id).estado());
        assertFalse(colaOcr.guardarPagina(id, caido, 1, mx.gob.imss.siade.ocr.OrigenPagina.OCR, "tarde", null),
                "el nodo caído ya no escribe");

        Peticion otra = registrarCaso(DatosDePrueba.nssNuevo(), "bastones");
        escaneo(otra.getFolio(), "una-hoja.tif", mx.gob.imss.siade.pruebas.ArchivosDePrueba.escaneo("Hoja única."));
        long unica = documento(otra.getFolio(), "una-hoja.tif").getId();
        OffsetDateTime t = OffsetDateTime.now();
        for (int intento = 1; intento <= 3; intento++) {
            String yo = "prueba/" + intento;
            OffsetDateTime cuando = t.plusSeconds(100L * intento);
            if (intento > 1) {
                assertTrue(colaOcr.tomar(yo, cuando.minusSeconds(99), cuando).isEmpty(), "antes de su reintento no se toma");
            }
            assertEquals(unica, colaOcr.tomar(yo, cuando, cuando.plusSeconds(300)).orElseThrow().documentoId());
            assertEquals(intento < 3 ? mx.gob.imss.siade.ocr.OrigenPagina.REINTENTO : mx.gob.imss.siade.ocr.OrigenPagina.FALLIDA,
                    colaOcr.fallarPagina(unica, yo, 0, "Tesseract terminó con código 1", false, 3, cuando.plusSeconds(60)));
        }
        try {
            mx.gob.imss.siade.pruebas.RelojMovible.fijar(t.plusSeconds(300 + 300 + 1).toInstant());
            assertEquals(1, trabajadorOcr.trabajarMientrasHaya());
        } finally {
            mx.gob.imss.siade.pruebas.RelojMovible.restablecer();
        }
        mx.gob.imss.siade.ocr.EstadoOcrDocumento fallido = ocr(otra, unica);
        assertEquals(mx.gob.imss.siade.ocr.EstadoOcr.TERMINADO, fallido.estado());
        assertEquals(1, fallido.fallidas());
        assertEquals(0, fallido.conTexto());
        assertTrue(fallido.error().contains("código 1"), fallido.error());
        assertTrue(comoJuridico.ejecutar(() -> expedientes.abrir(otra.getFolio())).bitacora().stream()
                .anyMatch(b -> b.getDescripcion().contains("en 0 de 1 páginas")));
    }
}
