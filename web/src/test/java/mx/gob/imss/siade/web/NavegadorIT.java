package mx.gob.imss.siade.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.pruebas.ArchivosDePrueba;
import mx.gob.imss.siade.pruebas.DatosDePrueba;
import mx.gob.imss.siade.pruebas.Despliegue;
import mx.gob.imss.siade.pruebas.Sembrador;
import mx.gob.imss.siade.web.paginas.Navegador;
import mx.gob.imss.siade.web.paginas.PaginaBandeja;
import mx.gob.imss.siade.web.paginas.PaginaExpediente;
import mx.gob.imss.siade.web.paginas.PaginaPortafirmas;
import mx.gob.imss.siade.web.paginas.PaginaLogin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Journeys of real users in headless Chromium (Debian's chromium and chromium-driver) against
 * the WAR on Payara Micro. Each journey makes its own cases (through the test seeder, with the
 * real services) and finds them by folio, so no journey depends on another or on the order they
 * run in; every wait is for what the user waits for (page, AJAX queue, element), never for time.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NavegadorIT {

    private static final String CONTRASENA = "Demo.2026";

    @Deployment(testable = false)
    static WebArchive despliegue() {
        return Despliegue.conEjecutoresDeRol();
    }

    @ArquillianResource
    private URL desplegada;

    private URL base;
    private Navegador navegador;

    @BeforeEach
    void abrirNavegador() throws Exception {
        Assumptions.assumeFalse(Boolean.getBoolean("selenium.skip"), "pruebas de navegador omitidas (-Dselenium.skip=true)");
        base = URI.create("http://localhost:" + desplegada.getPort() + "/siade/").toURL();
        navegador = new Navegador(base, 1366, 1000);
    }

    @AfterEach
    void cerrarNavegador() {
        if (navegador != null) {
            navegador.close();
        }
    }

    /** An element of the Expediente's oficios tab (its form sits inside the tab view's naming container). */
    private static By enOficios(String id) {
        return By.cssSelector("[id$='formOficios:" + id + "']");
    }

    /** A fresh case for this test, in the state it needs, through the real services. */
    private String sembrar(String estado, String area) throws Exception {
        return new Sembrador(base.toString()).caso(estado, area);
    }

    @Test
    @DisplayName("Un supervisor entra, filtra su bandeja, abre un expediente derivado y sale; el caso de otra área no aparece")
    void supervisorBandejaExpediente() throws Exception {
        String derivada = sembrar("DERIVADA", "CORRESPONDENCIA");
        String deGestion = sembrar("REGISTRADA", "GESTION");

        PaginaBandeja bandeja = PaginaLogin.abrir(navegador).entrar("supervisor", CONTRASENA);
        assertEquals("supervisor", bandeja.usuario());
        assertFalse(bandeja.folios().isEmpty());
        assertFalse(bandeja.folios().contains(deGestion));
        bandeja.filtrarPorFolioSinResultados(deGestion);
        navegador.captura("bandeja");
        bandeja.filtrarPorNssInvalido("12345678901");
        assertTrue(bandeja.mensajes().contains("NSS"), bandeja.mensajes());
        assertTrue(bandeja.textoTabla().contains("No hay peticiones"), "un filtro inválido no lista nada");

        bandeja.filtrarPorFolio(derivada);
        assertEquals(List.of("Derivada"), bandeja.estados());
        PaginaExpediente expediente = bandeja.abrirExpediente(derivada);
        assertEquals("Derivada", expediente.estado());
        assertTrue(expediente.entradasBitacora() >= 3, "registro, clasificación, derivación");
        navegador.captura("expediente");

        assertEquals(List.of(), navegador.erroresJavaScript());
        PaginaBandeja.abrir(navegador).salir();
        assertTrue(navegador.driver().getPageSource().contains("Cerró su sesión"));
        navegador.abrir("bandeja.xhtml");
        navegador.esperar(ExpectedConditions.urlContains("login.xhtml"));
    }

    @Test
    @DisplayName("Una contraseña equivocada da un mensaje en español y no deja entrar")
    void contrasenaEquivocada() throws Exception {
        PaginaLogin login = PaginaLogin.abrir(navegador);
        login.intentar("supervisor", "equivocada");
        assertEquals("Usuario o contraseña incorrectos.", login.aviso());
        navegador.abrir("bandeja.xhtml");
        navegador.esperar(ExpectedConditions.urlContains("login.xhtml"));
        new Sembrador(base.toString()).olvidarIntentos();
    }

    @Test
    @DisplayName("Un folio mal escrito da un mensaje claro, sin traza de error")
    void folioMalEscrito() {
        PaginaLogin.abrir(navegador).entrar("juridico", CONTRASENA);
        navegador.abrir("expediente.xhtml?folio=2026-0000001-9");
        navegador.esperar(ExpectedConditions.textToBePresentInElementLocated(By.id("mensajes"), "no es válido"));
        assertFalse(navegador.driver().getPageSource().contains("Exception"));
        assertEquals(List.of(), navegador.erroresJavaScript());
    }

    @Test
    @DisplayName("Correspondencia registra un escrito con tres archivos escaneados y obtiene folio y acuse")
    void correspondenciaRegistraEscrito() throws Exception {
        Path escrito = Path.of("target", "archivos-prueba", "escrito.pdf");
        Path anexo = Path.of("target", "archivos-prueba", "anexo.png");
        Path escaneo = Path.of("target", "archivos-prueba", "escaneo.tif");
        Files.createDirectories(escrito.getParent());
        Files.write(escaneo, ArchivosDePrueba.tiff("Escaneo de prueba", 2));
        Files.write(escrito, ArchivosDePrueba.pdf("Escrito de prueba del navegador"));
        Files.write(anexo, ArchivosDePrueba.png("Anexo de prueba del navegador"));
        String nss = DatosDePrueba.nssNuevo();

        PaginaLogin.abrir(navegador).entrar("correspondencia", CONTRASENA).ir("menu:mRecepcion");
        // Registering an empty form marks the required fields; a field stops looking wrong once filled.
        navegador.clic(By.id("recepcion:registrar"));
        navegador.esperar(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#recepcion\\:remitente.ui-state-error")));
        navegador.escribir(By.id("recepcion:remitente"), "Gabriela Ortiz Peña " + nss);
        assertFalse(navegador.elemento(By.id("recepcion:remitente")).getAttribute("class").contains("ui-state-error"),
                "el campo corregido deja de verse en rojo");
        navegador.escribir(By.id("recepcion:nss"), nss);
        navegador.escribir(By.id("recepcion:telefono"), "5511223344");
        navegador.escribir(By.id("recepcion:asunto"), "Solicita corrección de semanas cotizadas");
        // A file over the size limit is refused at once, and the user reads why, in Spanish.
        Path grande = Path.of("target", "archivos-prueba", "grande.pdf");
        try (var salida = Files.newOutputStream(grande)) {
            salida.write(ArchivosDePrueba.pdf("Grande"));
            salida.write(new byte[21 * 1024 * 1024]);
        }
        navegador.elemento(By.id("recepcion:archivos_input")).sendKeys(grande.toAbsolutePath().toString());
        navegador.esperar(ExpectedConditions.textToBePresentInElementLocated(By.id("mensajes"),
                "grande.pdf» pasa del límite de 20 MB"));
        assertEquals(0, navegador.driver().findElements(By.cssSelector("#recepcion\\:listaArchivos span.archivo")).size());

        // Chosen one after another (the order of several files chosen at once is the browser's own).
        int elegidos = 0;
        for (Path archivo : List.of(escrito, anexo, escaneo)) {
            int esperados = ++elegidos;
            navegador.elemento(By.id("recepcion:archivos_input")).sendKeys(archivo.toAbsolutePath().toString());
            navegador.esperar(d -> d.findElements(By.cssSelector("#recepcion\\:listaArchivos span.archivo")).size()
                    == esperados);
            navegador.esperarAjax();
        }
        assertEquals(List.of("escrito.pdf", "anexo.png", "escaneo.tif"), navegador.driver()
                .findElements(By.cssSelector("#recepcion\\:listaArchivos span.archivo")).stream()
                .map(org.openqa.selenium.WebElement::getText).toList(), "en el orden en que se eligieron");

        navegador.clic(By.id("recepcion:buscarAntecedentes"));
        navegador.esperar(ExpectedConditions.textToBePresentInElementLocated(By.id("mensajes"), "No se encontraron"));

        // While waiting, the three uploads sit in the owner-only spool folder, each owner-only too.
        Path spool = new Sembrador(base.toString()).carpetaTemporal();
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(spool)));
        try (var enEspera = Files.list(spool)) {
            List<Path> archivos = enEspera.filter(a -> a.getFileName().toString().startsWith("siade-recepcion-")).toList();
            assertTrue(archivos.size() >= 3, archivos.toString());
            for (Path a : archivos) {
                assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(a)));
            }
        }

        navegador.clic(By.id("recepcion:registrar"));
        String folio = navegador.texto(By.id("folioAsignado"));
        assertTrue(folio.matches("\\d{4}-\\d{7}-\\d"), folio);
        String acuse = navegador.elemento(By.id("acuse")).getAttribute("href");
        assertEquals("200 application/pdf", navegador.estadoDe(acuse));
        byte[] pdfAcuse = navegador.descargar(acuse);
        assertTrue(new String(pdfAcuse, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        Path copiaAcuse = Path.of("target", "capturas", "acuse.pdf");
        Files.createDirectories(copiaAcuse.getParent());
        Files.write(copiaAcuse, pdfAcuse);
        navegador.captura("recepcion");

        navegador.clic(By.id("irExpediente"));
        PaginaExpediente expediente = PaginaExpediente.cargada(navegador, folio);
        assertEquals(4, expediente.documentos().size(), "escrito, dos anexos y acuse");
        String codigo = navegador.texto(By.id("codigoConsulta"));
        assertTrue(codigo.matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"), codigo);

        // A TIFF scan opens as pages: an HTML page with one PNG per TIFF page.
        String tiff = expediente.documentos().stream()
                .filter(a -> a.getAttribute("textContent").contains("escaneo.tif")).findFirst()
                .orElseThrow(() -> new AssertionError("sin enlace al TIFF")).getAttribute("href");
        navegador.driver().get(tiff);
        navegador.esperar(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Página 2 de 2"));
        List<WebElement> paginas = navegador.driver().findElements(By.tagName("img"));
        assertEquals(2, paginas.size());
        assertEquals("200 image/png", navegador.estadoDe(paginas.get(0).getAttribute("src")));

        // The persona usuaria follows it on her phone with the folio and the code of her acuse, without a login.
        PaginaBandeja.abrir(navegador).salir();
        navegador.ventana(390, 844);
        navegador.abrir("consulta.xhtml");
        navegador.escribir(By.id("consulta:folio"), folio);
        navegador.escribir(By.id("consulta:codigo"), codigo.toLowerCase(java.util.Locale.ROOT));
        navegador.clic(By.id("consulta:consultar"));
        assertEquals("Registrada", navegador.texto(By.id("rEstado")));
        assertFalse(navegador.driver().getPageSource().contains("Gabriela"), "nada personal en la página pública");
        assertFalse(navegador.desbordaHorizontalmente(), "cabe en un teléfono: " + navegador.desbordados());
        navegador.captura("consulta-publica");
        navegador.ventana(1366, 1000);
        assertEquals(List.of(), navegador.erroresJavaScript());
    }

    @Test
    @DisplayName("Un supervisor deriva una queja en análisis a la CDAOD y su correo queda en la bandeja de salida")
    void supervisorDeriva() throws Exception {
        String folio = sembrar("EN_ANALISIS", "CORRESPONDENCIA");
        PaginaBandeja bandeja = PaginaLogin.abrir(navegador).entrar("supervisor", CONTRASENA).filtrarPorFolio(folio);
        assertEquals(List.of("En análisis"), bandeja.estados());
        PaginaExpediente expediente = bandeja.abrirExpediente(folio)
                .elegirConFiltro("acciones:instancia", "CDAOD Jalisco")
                .escribir("acciones:motivoDerivacion", "Atender la falta de medicamento")
                .accion("acciones:derivar", "Derivada");
        assertTrue(expediente.pagina().contains("Correos (1)"));
        assertTrue(expediente.pagina().contains("enlace.cdaod.15@siade.invalid"));
        navegador.captura("derivacion");
        assertTrue(navegador.texto(By.id("mensajes")).contains("quedó derivada"), navegador.texto(By.id("mensajes")));

        // To the OIC the case is notified and concluded: the message says so, not "derivada".
        String alOic = sembrar("EN_ANALISIS", "CORRESPONDENCIA");
        PaginaExpediente.abrir(navegador, alOic)
                .elegirConFiltro("acciones:instancia", "Órgano Interno de Control")
                .accion("acciones:derivar", "Concluida");
        String mensaje = navegador.texto(By.id("mensajes"));
        assertTrue(mensaje.contains("se notificó a Órgano Interno de Control y quedó concluida"), mensaje);
        assertFalse(mensaje.contains("quedó derivada"), mensaje);

        navegador.clic(By.id("menu:mCorreos"));
        navegador.esperar(ExpectedConditions.textToBePresentInElementLocated(By.id("correos:tabla"), folio));
        assertTrue(navegador.texto(By.id("correos:tabla")).contains("Pendiente de envío"));
        assertEquals(List.of(), navegador.erroresJavaScript());
    }

    @Test
    @DisplayName("Correspondencia pide datos faltantes por oficio postal, el oficio queda en PDF, y luego registra los datos "
            + "recibidos; el escaneo del mismo folio que llegó por la carpeta de digitalización lo agrega con un clic "
            + "desde «Por clasificar»")
    void correspondenciaPideYRecibeDatos() throws Exception {
        String folio = sembrar("REGISTRADA", "CORRESPONDENCIA");
        PaginaLogin.abrir(navegador).entrar("correspondencia", CONTRASENA);
        PaginaExpediente expediente = PaginaExpediente.abrir(navegador, folio)
                .escribir("acciones:datosSolicitados", "Correo electrónico de contacto")
                .accion("acciones:solicitarDatos", "Datos solicitados");
        assertEquals(1, expediente.oficios().size());
        assertEquals("200 application/pdf", navegador.estadoDe(expediente.oficios().get(0).getAttribute("href")));

        expediente.escribir("acciones:correoRecibido", "guadalupe.perez@example.com")
                .escribir("acciones:respuestaDatos", "Respondió por teléfono")
                .accion("acciones:recibirDatos", "Registrada");
        assertTrue(expediente.pagina().contains("guadalupe.perez@example.com"));
        navegador.captura("datos-recibidos");

        // Bulk digitisation: the letter scanned in the batch names its folio on page 1; the tray suggests it.
        new Sembrador(base.toString()).escaneoEnCarpeta(folio);
        navegador.clic(By.id("menu:mPorClasificar"));
        String bandeja = navegador.texto(By.id("porClasificar:pendientes"));
        assertTrue(bandeja.contains("carta-carpeta.tif") && bandeja.contains(folio)
                && bandeja.contains("Folio escrito en la primera hoja"), bandeja);
        navegador.captura("por-clasificar");
        navegador.clic(By.id("porClasificar:pendientes:0:clasificar"));
        navegador.esperarAjax();
        assertTrue(navegador.texto(By.id("mensajes")).contains("se agregó al expediente " + folio),
                navegador.texto(By.id("mensajes")));
        assertTrue(navegador.texto(By.id("porClasificar:recientes")).contains("Clasificado"));
        PaginaExpediente conEscaneo = PaginaExpediente.abrir(navegador, folio);
        assertTrue(conEscaneo.pagina().contains("carta-carpeta.tif")
                && conEscaneo.pagina().contains("En espera de reconocimiento de texto"), "su OCR quedó en cola");
        assertEquals(List.of(), navegador.erroresJavaScript());
    }

    @Test
    @DisplayName("El administrador edita una plantilla de oficio (un error de plantilla no se guarda) y agrega un día inhábil")
    void administradorEditaPlantilla() throws Exception {
        PaginaLogin.abrir(navegador).entrar("admin", CONTRASENA).ir("menu:mPlantillas");
        WebElement cuerpo = navegador.elemento(By.id("plantillas:cuerpo"));
        String original = cuerpo.getAttribute("value");
        cuerpo.sendKeys(" ${sinCerrar");
        navegador.clic(By.id("plantillas:guardar"));
        navegador.esperar(ExpectedConditions.textToBePresentInElementLocated(By.id("mensajes"), "no se guardó"));

        navegador.escribir(By.id("plantillas:cuerpo"), original + "<p>Texto agregado por la prueba.</p>");
        navegador.clic(By.id("plantillas:guardar"));
        navegador.esperar(ExpectedConditions.textToBePresentInElementLocated(By.id("mensajes"), "guardada"));

        navegador.clic(By.id("menu:mPlazos"));
        assertTrue(navegador.texto(By.id("calendario:dias")).contains("Navidad"));
        // The description first: while the date picker's panel is open it keeps the keyboard.
        navegador.escribir(By.id("calendario:descripcionNueva"), "Nochebuena (acuerdo institucional)");
        navegador.elemento(By.id("calendario:fechaNueva_input"))
                .sendKeys("24/12/" + LocalDate.now(Tiempo.ZONA_MEXICO).getYear(), Keys.TAB);
        navegador.esperarAjax();
        navegador.clic(By.id("calendario:agregarDia"));
        try {
            navegador.esperar(ExpectedConditions.textToBePresentInElementLocated(By.id("calendario:dias"), "Nochebuena"));
        } finally {
            navegador.captura("plazos");
        }
        assertEquals(List.of(), navegador.erroresJavaScript());
    }

    @Test
    @DisplayName("Un oficio pasa por rúbricas (consultor; jefe que lo devuelve; supervisor que lo corrige; jefe), la Titular DAC "
            + "lo firma en el portafirmas con su e.firma de demostración, el PDF firmado abre y la verificación pública lo muestra")
    void oficioRubricadoFirmadoYVerificado() throws Exception {
        String folio = sembrar("DERIVADA", "CORRESPONDENCIA");
        Path pki = new Sembrador(base.toString()).pkiDemo();

        PaginaLogin.abrir(navegador).entrar("consultor", CONTRASENA);
        PaginaExpediente expediente = PaginaExpediente.abrir(navegador, folio).pestana("Oficios");
        navegador.clic(enOficios("redactarOficio"));
        String folioOficio = navegador.texto(By.cssSelector("[id$='formOficios:oficios_data'] tr:first-child td:first-child"));
        assertTrue(expediente.pagina().contains("Borrador"));
        navegador.clic(enOficios("oficios:0:turnar"));
        assertTrue(expediente.pagina().contains("turnado a rúbrica"), "la rúbrica de quien lo redactó va al turnarlo");
        PaginaBandeja.abrir(navegador).salir();

        PaginaLogin.abrir(navegador).entrar("jefe", CONTRASENA);
        PaginaPortafirmas portafirmas = PaginaPortafirmas.abrir(navegador);
        assertTrue(portafirmas.esperaRubrica(folioOficio));
        assertEquals("200 application/pdf", navegador.estadoDe(navegador.elemento(By.cssSelector("a.pdf-rubrica"))
                .getAttribute("href")));
        portafirmas.devolver(folioOficio, "Indique el plazo de respuesta de la instancia");
        assertTrue(portafirmas.mensajes().contains("devuelto"), portafirmas.mensajes());
        assertFalse(portafirmas.esperaRubrica(folioOficio));
        PaginaBandeja.abrir(navegador).salir();

        PaginaLogin.abrir(navegador).entrar("supervisor", CONTRASENA);
        expediente = PaginaExpediente.abrir(navegador, folio).pestana("Oficios");
        assertTrue(expediente.pagina().contains("Indique el plazo de respuesta"), "la observación se ve en el oficio");
        navegador.clic(enOficios("oficios:0:editar"));
        navegador.elemento(enOficios("cuerpoEditado")).sendKeys(org.openqa.selenium.Keys.chord(
                org.openqa.selenium.Keys.CONTROL, org.openqa.selenium.Keys.END),
                "<p>La instancia cuenta con el plazo de ley para responder.</p>");
        navegador.clic(enOficios("guardarTexto"));
        expediente = PaginaExpediente.cargada(navegador, folio).pestana("Oficios");
        assertTrue(expediente.pagina().contains("Versión 1"), "la versión anterior queda visible");
        navegador.clic(enOficios("oficios:0:turnar"));
        PaginaBandeja.abrir(navegador).salir();

        PaginaLogin.abrir(navegador).entrar("jefe", CONTRASENA);
        PaginaPortafirmas.abrir(navegador).rubricar(folioOficio);
        PaginaBandeja.abrir(navegador).salir();

        PaginaBandeja bandeja = PaginaLogin.abrir(navegador).entrar("titular.dac", CONTRASENA);
        assertTrue(navegador.texto(By.id("avisoFirmas")).contains("pendientes de su rúbrica o firma"));
        navegador.clic(By.id("irPortafirmas"));
        portafirmas = PaginaPortafirmas.cargada(navegador).seleccionar(folioOficio)
                .firmar(pki.resolve("titular.dac.cer"), pki.resolve("titular.dac.key"), CONTRASENA);
        assertTrue(portafirmas.resultados().contains("Firmado"), portafirmas.resultados());
        navegador.captura("portafirmas-firmado");
        byte[] firmado = navegador.descargar(portafirmas.enlacePdfFirmado());
        String pdf = new String(firmado, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(pdf.startsWith("%PDF") && pdf.contains("/ByteRange"), "el PDF firmado abre y lleva su firma");
        Files.write(Path.of("target", "capturas", "oficio-firmado.pdf"), firmado);

        navegador.driver().get(portafirmas.enlaceVerificar());
        navegador.esperar(ExpectedConditions.presenceOfElementLocated(By.id("cFirmante")));
        assertEquals("Patricia Flores Méndez", navegador.texto(By.id("cFirmante")));
        assertEquals(folioOficio, navegador.texto(By.id("cFolio")));
        navegador.captura("verificacion");
        assertEquals(List.of(), navegador.erroresJavaScript());
    }

    @Test
    @DisplayName("Gestión de punta a punta: un caso del CRM no localizado se concluye como orientación a los 3 días "
            + "hábiles; otro se turna al área, se escala dos veces y se concluye; la persona responde la encuesta")
    void gestionDeCasoDelCrmAConclusion() throws Exception {
        String noLocalizado = casoDelCrm("Pago de incapacidad pendiente");
        String escalado = casoDelCrm("Aclaración de semanas cotizadas");
        PaginaBandeja bandeja = PaginaLogin.abrir(navegador).entrar("gestion", CONTRASENA);
        bandeja.filtrarPorFolio(noLocalizado);
        PaginaExpediente expediente = PaginaExpediente.abrir(navegador, noLocalizado);
        assertEquals("5512345678", navegador.elemento(By.id("acciones:numeroLlamada")).getAttribute("value"),
                "el teléfono de la persona, ya escrito");
        navegador.elegir("acciones:resultadoLlamada", "No contesta");
        navegador.clic(By.id("acciones:registrarLlamada"));
        expediente = PaginaExpediente.cargada(navegador, noLocalizado);
        assertTrue(expediente.pagina().contains("Llamadas (1)"), "la llamada en su pestaña");
        expediente.escribir("acciones:datosSolicitados", "Un horario para llamarle")
                .accion("acciones:solicitarDatos", "Datos solicitados");
        assertTrue(expediente.pagina().contains("por Correo electrónico"), "Gestión pide los datos por correo (Anexo 21)");
        // Ten days on (3 business days past any weekend or holiday), the timer concludes it.
        assertTrue(new Sembrador(base.toString()).vencer(10) >= 1, "el temporizador concluye lo vencido");
        expediente = PaginaExpediente.abrir(navegador, noLocalizado);
        assertEquals("Concluida", expediente.estado());
        assertEquals("Orientación", navegador.texto(By.id("tipo")), "registrada como orientación (act. 28)");

        expediente = PaginaExpediente.abrir(navegador, escalado);
        String codigo = navegador.texto(By.id("codigoConsulta"));
        navegador.elegir("acciones:tipoNuevo", "Gestión");
        expediente.accion("acciones:clasificar", "En análisis");
        navegador.elegir("acciones:areaInstitucional", "Prestaciones Económicas (pago de incapacidades)");
        navegador.clic(By.id("acciones:contactarArea"));
        expediente = PaginaExpediente.cargada(navegador, escalado);
        assertTrue(navegador.texto(By.id("nivelEscalamiento")).startsWith("Nivel 1"));
        for (int nivel = 2; nivel <= 3; nivel++) {
            expediente.escribir("acciones:motivoEscalar", "Sin solución en el plazo del nivel " + (nivel - 1));
            navegador.clic(By.id("acciones:escalar"));
            expediente = PaginaExpediente.cargada(navegador, escalado);
            assertTrue(navegador.texto(By.id("nivelEscalamiento")).startsWith("Nivel " + nivel),
                    navegador.texto(By.id("nivelEscalamiento")));
        }
        expediente.pestana("Escalamiento");
        assertEquals(3, navegador.driver().findElements(By.cssSelector("[id$='escalamientos_data'] tr")).size());
        bandeja = PaginaBandeja.abrir(navegador);
        bandeja.filtrarPorFolio(escalado);
        assertTrue(navegador.driver().getPageSource().contains("Escalado: nivel 3"), "la Bandeja muestra el nivel");
        expediente = PaginaExpediente.abrir(navegador, escalado);
        expediente.escribir("acciones:respuestaInforme", "La coordinación corrigió sus semanas cotizadas.")
                .accion("acciones:informarConcluir", "Concluida");
        navegador.captura("gestion-concluida");

        navegador.abrir("consulta.xhtml?folio=" + escalado + "&codigo=" + codigo);
        navegador.esperar(ExpectedConditions.visibilityOfElementLocated(By.id("encuesta:calificacion")));
        navegador.clic(By.xpath("//label[normalize-space()='Satisfecho']"));
        navegador.escribir(By.id("encuesta:comentario"), "Me llamaron a tiempo.");
        navegador.clic(By.id("encuesta:responder"));
        navegador.esperar(ExpectedConditions.textToBePresentInElementLocated(By.id("mensajes"), "Gracias"));
        assertTrue(navegador.driver().findElements(By.id("encuesta:calificacion")).isEmpty(), "una sola respuesta");
        expediente = PaginaExpediente.abrir(navegador, escalado);
        assertTrue(navegador.texto(By.id("encuesta")).startsWith("4 de 5"), navegador.texto(By.id("encuesta")));
        assertEquals(List.of(), navegador.erroresJavaScript());
    }

    /** A case the phone area's CRM sends through the intake API (as crm.telefonia); answers its folio. */
    private String casoDelCrm(String asunto) throws Exception {
        String nss = mx.gob.imss.siade.pruebas.DatosDePrueba.nssNuevo();
        String cuerpo = "{\"nombre\":\"Persona del CRM " + nss + "\",\"nss\":\"" + nss + "\",\"telefono\":\"5512345678\","
                + "\"correo\":\"crm." + nss + "@example.com\",\"asunto\":\"" + asunto + "\",\"ooadId\":15}";
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(URI.create(base + "api/v1/peticiones"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        ("crm.telefonia:" + CONTRASENA).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .header("Idempotency-Key", "nav-" + nss).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(cuerpo)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(201, r.statusCode(), r.body());
        java.util.regex.Matcher folio = java.util.regex.Pattern.compile("\"folio\":\"([^\"]+)\"").matcher(r.body());
        assertTrue(folio.find(), r.body());
        return folio.group(1);
    }

    @Test
    @DisplayName("Jurídico busca una palabra que sólo está dentro de una carta escaneada (sin acento), afina con una cifra, "
            + "abre el caso en ese documento y esa página, descarga el PDF con texto y el expediente completo; el "
            + "administrador ve esas lecturas en la auditoría y las cadenas verifican")
    void juridicoBuscaYAbreElExpediente() throws Exception {
        Sembrador sembrador = new Sembrador(base.toString());
        String folio = sembrador.casoConEscaneo("EN_ANALISIS", "CORRESPONDENCIA")[0];
        assertTrue(sembrador.reconocerTexto() >= 1, "el OCR de la carta escaneada");
        PaginaLogin.abrir(navegador).entrar("juridico", CONTRASENA);
        navegador.abrir("busqueda.xhtml");
        // A word that exists only inside the scanned letter, written without its accent and in singular.
        navegador.escribir(By.id("busqueda:nombre"), "persona de prueba");
        navegador.escribir(By.id("busqueda:texto"), "guanabana");
        // The index follows the database within seconds (a rebuild may be running at start): search until it is there.
        navegador.esperar(d -> {
            navegador.clic(By.id("busqueda:buscar"));
            return d.getPageSource().contains(">" + folio + "<");
        });
        assertTrue(navegador.driver().getPageSource().contains("<mark>guanábanas</mark>"), "el fragmento del escaneo");
        String enDocumento = navegador.texto(By.cssSelector("a.en-documento"));
        assertTrue(enDocumento.contains("carta-escaneada.tif") && enDocumento.contains("página 2"), enDocumento);
        navegador.clic(By.cssSelector("a.faceta-estado"));
        assertTrue(navegador.driver().getPageSource().contains(">" + folio + "<"), "la cifra afina y el caso sigue");
        navegador.captura("busqueda");
        navegador.clic(By.cssSelector("a.en-documento"));
        PaginaExpediente.cargada(navegador, folio);
        // Opened at the matching document: the Documentos tab, its row marked, a link to that page.
        String aviso = navegador.texto(By.cssSelector(".aviso-buscado"));
        assertTrue(aviso.contains("carta-escaneada.tif") && aviso.contains("página 2"), aviso);
        assertTrue(navegador.elemento(By.cssSelector(".aviso-buscado a")).getAttribute("href").endsWith("#pagina-2"));
        assertTrue(navegador.texto(By.cssSelector("tr.documento-buscado")).contains("Texto reconocido (2 de 2 páginas)"),
                navegador.texto(By.cssSelector("tr.documento-buscado")));
        byte[] conTexto = navegador.descargar(navegador.elemento(By.cssSelector("tr.documento-buscado a.documento-buscable"))
                .getAttribute("href"));
        assertEquals("%PDF", new String(conTexto, 0, 4, java.nio.charset.StandardCharsets.US_ASCII), "el PDF con texto");
        navegador.captura("expediente-en-documento");
        byte[] pdf = navegador.descargar(navegador.elemento(By.id("expedientePdf")).getAttribute("href"));
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII), "el expediente completo");
        assertEquals(List.of(), navegador.erroresJavaScript());
        PaginaBandeja.abrir(navegador).salir();

        // The administrador sees those reads in the audit, and both chains verify.
        PaginaLogin.abrir(navegador).entrar("admin", CONTRASENA);
        navegador.abrir("auditoria.xhtml");
        navegador.escribir(By.id("auditoria:folio"), folio);
        navegador.clic(By.id("auditoria:buscar"));
        String auditoria = navegador.texto(By.id("auditoria:registros"));
        assertTrue(auditoria.contains("Lectura de expediente") && auditoria.contains("Expediente completo en PDF")
                && auditoria.contains("juridico"), auditoria);
        navegador.clic(By.id("auditoria:verificar"));
        assertEquals("La auditoría y las bitácoras están íntegras.", navegador.texto(By.id("auditoria:resultadoVerificacion")));
        navegador.captura("auditoria");
    }

    /** «Peticiones 1-20 de 37» → 37. */
    private int totalBandeja() {
        String reporte = navegador.texto(By.cssSelector("#bandeja\\:peticiones .ui-paginator-current"));
        return Integer.parseInt(reporte.substring(reporte.lastIndexOf(' ') + 1).trim());
    }

    @Test
    @DisplayName("El jefe abre sus indicadores, hace clic en la rebanada roja del semáforo, llega exactamente a esos casos,"
            + " reasigna dos a Gestión y descarga el reporte del mes en PDF")
    void jefeIndicadoresSemaforoReasignaYReporte() throws Exception {
        Sembrador sembrador = new Sembrador(base.toString());
        for (int i = 0; i < 3; i++) {
            sembrador.caso("VENCIDA", "CORRESPONDENCIA");
        }
        PaginaLogin.abrir(navegador).entrar("jefe", CONTRASENA).ir("menu:mIndicadores");
        navegador.elemento(By.id("indicadores:graficaSemaforo"));
        navegador.captura("indicadores");
        int rojos = Integer.parseInt(navegador.texto(By.xpath(
                "//table[@id='tablaSemaforo']//tr[td/span[contains(@class,'semaforo-ROJO')]]//a")).trim());
        assertTrue(rojos >= 3, "rojos: " + rojos);

        // The red slice: where Chart.js drew it, clicked like a person would.
        WebElement lienzo = navegador.elemento(By.cssSelector("#indicadores\\:graficaSemaforo canvas"));
        @SuppressWarnings("unchecked")
        List<Number> punto = (List<Number>) navegador.script("const listo = arguments[arguments.length - 1];"
                + "const g = PF('graficaSemaforo').chart; const p = g.getDatasetMeta(0).data[3].tooltipPosition();"
                + "listo([p.x, p.y]);");
        org.openqa.selenium.Rectangle caja = lienzo.getRect();
        new org.openqa.selenium.interactions.Actions(navegador.driver())
                .moveToElement(lienzo, (int) (punto.get(0).doubleValue() - caja.getWidth() / 2.0),
                        (int) (punto.get(1).doubleValue() - caja.getHeight() / 2.0))
                .click().perform();
        navegador.esperar(ExpectedConditions.urlContains("semaforo=ROJO"));
        navegador.elemento(By.id("bandeja:peticiones"));
        navegador.esperarAjax();
        assertEquals(rojos, totalBandeja(), "la bandeja muestra exactamente los casos de la rebanada");
        assertTrue(navegador.driver().findElements(By.cssSelector("#bandeja\\:peticiones tbody tr")).stream()
                .allMatch(f -> f.getAttribute("class").contains("semaforo-ROJO")), "todas en rojo");
        navegador.captura("bandeja-rojos");

        // Two of them to Gestión, in one step with one reason.
        List<String> folios = PaginaBandejaDeSupervisor.folios(navegador);
        navegador.clic(By.cssSelector("#bandeja\\:peticiones tbody tr:nth-child(1) .ui-chkbox-box"));
        navegador.clic(By.cssSelector("#bandeja\\:peticiones tbody tr:nth-child(2) .ui-chkbox-box"));
        navegador.elegir("bandeja:areaDestino", "Gestión");
        navegador.escribir(By.id("bandeja:motivoReasignacion"), "Corresponden al área de Gestión");
        navegador.clic(By.id("bandeja:reasignar"));
        navegador.esperar(ExpectedConditions.textToBePresentInElementLocated(By.id("mensajes"), "Se reasignaron 2 casos."));
        navegador.esperar(d -> totalBandeja() == rojos - 2);
        navegador.captura("reasignacion");
        assertFalse(PaginaBandejaDeSupervisor.folios(navegador).contains(folios.get(0)), "ya es de Gestión");
        assertFalse(PaginaBandejaDeSupervisor.folios(navegador).contains(folios.get(1)));

        // The month's report.
        navegador.clic(By.id("menu:mIndicadores"));
        String enlace = navegador.elemento(By.id("indicadores:reportePdf")).getAttribute("href");
        byte[] pdf = navegador.descargar(enlace);
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        assertTrue(pdf.length > 20_000, "con sus gráficas: " + pdf.length);
        assertEquals(List.of(), navegador.erroresJavaScript());
    }

    @Test
    @DisplayName("El administrador da de alta un consultor que entra y debe cambiar su contraseña; cambia el correo de una"
            + " instancia y la siguiente derivación va a la dirección nueva; ve la vista previa de una plantilla")
    void administradorUsuarioInstanciaYPlantilla() throws Exception {
        String sufijo = String.valueOf(System.nanoTime() % 100_000);
        String usuario = "consultor.nuevo" + sufijo;
        PaginaLogin.abrir(navegador).entrar("admin", CONTRASENA).ir("menu:mUsuarios");
        navegador.escribir(By.id("usuarios:nombreUsuario"), usuario);
        navegador.escribir(By.id("usuarios:nombreCompleto"), "Ernesto Vidal Ochoa");
        navegador.escribir(By.id("usuarios:correo"), usuario + "@imss.gob.mx");
        navegador.elegir("usuarios:area", "Correspondencia");
        navegador.clic(By.xpath("//*[@id='usuarios:roles']//label[normalize-space()='Consultor']"));
        navegador.clic(By.id("usuarios:guardar"));
        String temporal = navegador.texto(By.id("contrasenaTemporal")).trim();
        assertEquals(16, temporal.length(), temporal);
        navegador.captura("usuarios");

        navegador.clic(By.id("menu:mCatalogos"));
        navegador.elegir("catalogos:tipoInstancia", "CDAOD (OOAD)");
        navegador.elegir("catalogos:referencia", "Jalisco");
        String instancia = "CDAOD Jalisco zona " + sufijo;
        navegador.escribir(By.id("catalogos:nombre"), instancia);
        navegador.escribir(By.id("catalogos:correo"), "enlace.anterior" + sufijo + "@imss.gob.mx");
        navegador.clic(By.id("catalogos:guardar"));
        navegador.esperar(ExpectedConditions.textToBePresentInElementLocated(By.id("mensajes"), "Se creó"));
        navegador.escribir(By.id("catalogos:correo"), "sin-arroba");
        navegador.clic(By.id("catalogos:guardar"));
        navegador.esperar(ExpectedConditions.textToBePresentInElementLocated(By.id("mensajes"), "no es un correo"));
        String nuevo = "enlace.nuevo" + sufijo + "@imss.gob.mx";
        navegador.escribir(By.id("catalogos:correo"), nuevo);
        navegador.clic(By.id("catalogos:guardar"));
        navegador.esperar(ExpectedConditions.textToBePresentInElementLocated(By.id("mensajes"), "Se guardaron los cambios"));
        assertTrue(navegador.texto(By.id("catalogos:cambios")).contains(nuevo), "el cambio queda registrado");
        navegador.captura("catalogos");

        navegador.clic(By.id("menu:mPlantillas"));
        navegador.clic(By.id("plantillas:previsualizar"));
        navegador.esperar(ExpectedConditions.presenceOfElementLocated(By.cssSelector("img.pagina-vista-previa")));
        navegador.captura("plantilla-vista-previa");
        PaginaBandeja.abrir(navegador).salir();

        // The new consultor: the temporary password lets in only to change it.
        PaginaLogin login = PaginaLogin.abrir(navegador);
        login.intentar(usuario, temporal);
        navegador.esperar(ExpectedConditions.urlContains("cambiar-contrasena.xhtml"));
        navegador.abrir("bandeja.xhtml");
        navegador.esperar(ExpectedConditions.urlContains("cambiar-contrasena.xhtml"));
        navegador.escribir(By.id("contrasena:actual"), temporal);
        navegador.escribir(By.id("contrasena:nueva"), "Mi frase de acceso 2026");
        navegador.escribir(By.id("contrasena:confirmacion"), "Mi frase de acceso 2026");
        navegador.clic(By.id("contrasena:cambiar"));
        PaginaBandeja propia = PaginaBandeja.abrir(navegador);
        assertEquals(usuario, propia.usuario());
        propia.salir();

        // The next derivation to that instancia goes to its new address.
        String folio = sembrar("EN_ANALISIS", "CORRESPONDENCIA");
        PaginaLogin.abrir(navegador).entrar("supervisor", CONTRASENA);
        PaginaExpediente expediente = PaginaExpediente.abrir(navegador, folio)
                .elegirConFiltro("acciones:instancia", instancia)
                .escribir("acciones:motivoDerivacion", "Atención en la zona")
                .accion("acciones:derivar", "Derivada");
        assertTrue(expediente.pagina().contains(nuevo), "el correo salió a la dirección nueva");
        assertFalse(expediente.pagina().contains("enlace.anterior" + sufijo));
        assertEquals(List.of(), navegador.erroresJavaScript());
    }

    /** Reads the folios of the Bandeja's current page. */
    private static final class PaginaBandejaDeSupervisor {
        static List<String> folios(Navegador navegador) {
            return navegador.driver().findElements(By.cssSelector("#bandeja\\:peticiones a.folio")).stream()
                    .map(WebElement::getText).toList();
        }
    }

    @Test
    @DisplayName("Cada pantalla cabe a lo ancho de 1024 a 1920 px: sin barra horizontal, filtros y fechas en su lugar")
    void pantallasDe1024A1920() throws Exception {
        String derivada = sembrar("DERIVADA", "CORRESPONDENCIA");
        Map<String, List<String>> pantallas = Map.of(
                "supervisor", List.of("bandeja.xhtml", "recepcion.xhtml", "expediente.xhtml?folio=" + derivada, "correos.xhtml",
                        "portafirmas.xhtml", "verificar.xhtml", "busqueda.xhtml", "por-clasificar.xhtml", "indicadores.xhtml"),
                "admin", List.of("plazos.xhtml", "plantillas-oficio.xhtml", "seguridad.xhtml", "ausencias.xhtml",
                        "usuarios.xhtml", "catalogos.xhtml",
                        "escalamiento.xhtml", "busqueda.xhtml", "auditoria.xhtml"),
                "gestion", List.of("bitacoras-gestion.xhtml", "ingreso-gestion.xhtml", "libreta-enlace.xhtml"),
                "jefe.gestion", List.of("libreta-enlace.xhtml"));
        List<String> fallas = new java.util.ArrayList<>();
        for (Map.Entry<String, List<String>> usuario : pantallas.entrySet()) {
            PaginaLogin.abrir(navegador).entrar(usuario.getKey(), CONTRASENA);
            for (int ancho : new int[] {1024, 1920}) {
                navegador.ventana(ancho, 900);
                for (String pantalla : usuario.getValue()) {
                    navegador.abrir(pantalla);
                    navegador.esperarAjax();
                    if (navegador.desbordaHorizontalmente()) {
                        fallas.add(ancho + " px " + pantalla + ": " + navegador.desbordados());
                    }
                }
            }
            navegador.ventana(1366, 1000);
            PaginaBandeja.abrir(navegador).salir();
        }
        assertEquals(List.of(), fallas);
    }
}
