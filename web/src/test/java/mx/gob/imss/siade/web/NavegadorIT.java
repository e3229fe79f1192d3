package mx.gob.imss.siade.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.peticion.Folio;
import mx.gob.imss.siade.pruebas.ArchivosDePrueba;
import mx.gob.imss.siade.pruebas.Despliegue;
import org.apache.commons.validator.routines.checkdigit.LuhnCheckDigit;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Journeys of real users in headless Chromium (Debian's chromium and chromium-driver) against
 * the WAR on Payara Micro with the demo data: sign in, Bandeja, Expediente, sign out.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NavegadorIT {

    private static final String CONTRASENA = "Demo.2026";

    @Deployment(testable = false)
    static WebArchive despliegue() {
        return Despliegue.siade();
    }

    @ArquillianResource
    private URL desplegada;

    /** The application's root on loopback (the container reports the machine's address, not localhost). */
    private URL base;

    private ChromeDriverService servicio;
    private WebDriver navegador;
    private WebDriverWait espera;

    @BeforeEach
    void abrirNavegador() throws Exception {
        Assumptions.assumeFalse(Boolean.getBoolean("selenium.skip"), "pruebas de navegador omitidas (-Dselenium.skip=true)");
        base = URI.create("http://localhost:" + desplegada.getPort() + "/siade/").toURL();
        servicio = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        servicio.start();
        ChromeOptions opciones = new ChromeOptions();
        opciones.setBinary("/usr/bin/chromium");
        opciones.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1366,1000", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--lang=es-MX");
        LoggingPreferences registros = new LoggingPreferences();
        registros.enable(LogType.BROWSER, Level.SEVERE);
        opciones.setCapability("goog:loggingPrefs", registros);
        navegador = new ChromeDriver(servicio, opciones);
        espera = new WebDriverWait(navegador, Duration.ofSeconds(20));
    }

    @AfterEach
    void cerrarNavegador() {
        if (navegador != null) {
            navegador.quit();
        }
        if (servicio != null) {
            servicio.stop();
        }
    }

    @Test
    @DisplayName("Un supervisor entra, ve la bandeja de su área, abre un expediente y sale")
    void supervisorBandejaExpediente() throws Exception {
        PaginaLogin login = PaginaLogin.abrir(navegador, base);
        login.entrar("supervisor", CONTRASENA);

        // Lands on the Bandeja, whose rows come from a @RolesAllowed EJB on the very request after login.
        espera.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.folio")));
        assertTrue(navegador.getCurrentUrl().endsWith("/bandeja.xhtml"), navegador.getCurrentUrl());
        assertEquals("supervisor", navegador.findElement(By.id("usuarioActual")).getText());
        // The five demo petitions of the Correspondencia área (other tests may have added more);
        // the Gestión área's demo petition is not there.
        List<WebElement> folios = navegador.findElements(By.cssSelector("a.folio"));
        assertTrue(folios.size() >= 5, "peticiones del área: " + folios.size());
        assertTrue(navegador.getPageSource().contains("Peticiones 1-" + folios.size() + " de " + folios.size()));
        assertFalse(navegador.getPageSource().contains("Gestión de pago de incapacidad"));
        captura("bandeja");

        // Filter by estado in the database.
        navegador.findElement(By.id("bandeja:estado")).click();
        espera.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#bandeja\\:estado_items li[data-label='Derivada']"))).click();
        navegador.findElement(By.id("bandeja:buscar")).click();
        espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("bandeja:peticiones"), "Peticiones 1-"));

        String folio = navegador.findElement(By.cssSelector("a.folio")).getText();
        navegador.findElement(By.cssSelector("a.folio")).click();
        espera.until(ExpectedConditions.presenceOfElementLocated(By.id("tituloExpediente")));
        assertEquals("Expediente " + folio, navegador.findElement(By.id("tituloExpediente")).getText());
        assertEquals("Derivada", navegador.findElement(By.id("estado")).getText());
        assertTrue(navegador.findElements(By.cssSelector("#bitacora li")).size() >= 3, "registro, clasificación, derivación");
        captura("expediente");

        assertNoJavaScriptErrors();
        navegador.findElement(By.id("sesion:salir")).click();
        espera.until(ExpectedConditions.urlContains("login.xhtml"));
        assertTrue(navegador.getPageSource().contains("Cerró su sesión"));
        navegador.get(base + "bandeja.xhtml");
        espera.until(ExpectedConditions.urlContains("login.xhtml"));
    }

    @Test
    @DisplayName("Una contraseña equivocada da un mensaje en español y no deja entrar")
    void contrasenaEquivocada() {
        PaginaLogin login = PaginaLogin.abrir(navegador, base);
        login.entrar("supervisor", "equivocada");
        espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fallido"),
                "Usuario o contraseña incorrectos."));
        navegador.get(base + "bandeja.xhtml");
        espera.until(ExpectedConditions.urlContains("login.xhtml"));
    }

    @Test
    @DisplayName("Un folio mal escrito da un mensaje claro, sin traza de error")
    void folioMalEscrito() {
        PaginaLogin.abrir(navegador, base).entrar("juridico", CONTRASENA);
        espera.until(ExpectedConditions.urlContains("bandeja.xhtml"));
        navegador.get(base + "expediente.xhtml?folio=2026-0000001-9");
        espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mensajes"), "no es válido"));
        assertFalse(navegador.getPageSource().contains("Exception"));
        assertNoJavaScriptErrors();
    }

    @Test
    @DisplayName("Correspondencia registra un escrito con dos archivos escaneados y obtiene folio y acuse")
    void correspondenciaRegistraEscrito() throws Exception {
        Path escrito = Path.of("target", "archivos-prueba", "escrito.pdf");
        Path anexo = Path.of("target", "archivos-prueba", "anexo.png");
        Path escaneo = Path.of("target", "archivos-prueba", "escaneo.tif");
        Files.createDirectories(escrito.getParent());
        Files.write(escaneo, ArchivosDePrueba.tiff("Escaneo de prueba", 2));
        Files.write(escrito, ArchivosDePrueba.pdf("Escrito de prueba del navegador"));
        Files.write(anexo, ArchivosDePrueba.png("Anexo de prueba del navegador"));
        String cuerpo = String.format("%010d", System.nanoTime() % 10_000_000_000L);
        String nss = cuerpo + LuhnCheckDigit.LUHN_CHECK_DIGIT.calculate(cuerpo);

        PaginaLogin.abrir(navegador, base).entrar("correspondencia", CONTRASENA);
        espera.until(ExpectedConditions.urlContains("bandeja.xhtml"));
        navegador.findElement(By.id("menu:mRecepcion")).click();
        espera.until(ExpectedConditions.presenceOfElementLocated(By.id("recepcion:remitente")));
        navegador.findElement(By.id("recepcion:remitente")).sendKeys("Gabriela Ortiz Peña " + cuerpo);
        navegador.findElement(By.id("recepcion:nss")).sendKeys(nss);
        navegador.findElement(By.id("recepcion:telefono")).sendKeys("5511223344");
        navegador.findElement(By.id("recepcion:asunto")).sendKeys("Solicita corrección de semanas cotizadas");
        navegador.findElement(By.id("recepcion:archivos_input")).sendKeys(
                escrito.toAbsolutePath() + "\n" + anexo.toAbsolutePath() + "\n" + escaneo.toAbsolutePath());
        espera.until(d -> d.findElements(By.cssSelector("#recepcion\\:listaArchivos span.archivo")).size() == 3);

        navegador.findElement(By.id("recepcion:buscarAntecedentes")).click();
        espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mensajes"), "No se encontraron"));

        navegador.findElement(By.id("recepcion:registrar")).click();
        espera.until(ExpectedConditions.presenceOfElementLocated(By.id("folioAsignado")));
        String folio = navegador.findElement(By.id("folioAsignado")).getText();
        assertTrue(folio.matches("\\d{4}-\\d{7}-\\d"), folio);
        String acuse = navegador.findElement(By.id("acuse")).getAttribute("href");
        Object tipo = ((JavascriptExecutor) navegador).executeAsyncScript(
                "const listo = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => listo(r.status + ' ' + r.headers.get('content-type')));", acuse);
        assertEquals("200 application/pdf", tipo);
        Object base64 = ((JavascriptExecutor) navegador).executeAsyncScript(
                "const listo = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {"
                + "  let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); listo(btoa(s)); });", acuse);
        byte[] pdfAcuse = java.util.Base64.getDecoder().decode((String) base64);
        assertTrue(new String(pdfAcuse, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        Path copiaAcuse = Path.of("target", "capturas", "acuse.pdf");
        Files.createDirectories(copiaAcuse.getParent());
        Files.write(copiaAcuse, pdfAcuse);
        captura("recepcion");

        navegador.findElement(By.id("irExpediente")).click();
        espera.until(ExpectedConditions.presenceOfElementLocated(By.id("tituloExpediente")));
        assertEquals(4, navegador.findElements(By.cssSelector("a.documento")).size(), "escrito, dos anexos y acuse");

        // A TIFF scan opens as pages: an HTML page with one PNG per TIFF page.
        String tiff = navegador.findElements(By.cssSelector("a.documento")).stream()
                .filter(a -> a.getAttribute("textContent").contains("escaneo.tif")).findFirst()
                .orElseThrow(() -> new AssertionError("sin enlace al TIFF")).getAttribute("href");
        navegador.get(tiff);
        espera.until(d -> d.findElements(By.tagName("img")).size() == 2);
        assertTrue(navegador.getPageSource().contains("Página 2 de 2"));
        Object primera = ((JavascriptExecutor) navegador).executeAsyncScript(
                "const listo = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => listo(r.status + ' ' + r.headers.get('content-type')));",
                navegador.findElements(By.tagName("img")).get(0).getAttribute("src"));
        assertEquals("200 image/png", primera);
        assertNoJavaScriptErrors();
    }

    @Test
    @DisplayName("Un supervisor deriva una queja en análisis a la CDAOD y su correo queda en la bandeja de salida")
    void supervisorDeriva() throws Exception {
        PaginaLogin.abrir(navegador, base).entrar("supervisor", CONTRASENA);
        espera.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.folio")));
        navegador.findElement(By.id("bandeja:estado")).click();
        espera.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#bandeja\\:estado_items li[data-label='En análisis']"))).click();
        navegador.findElement(By.id("bandeja:buscar")).click();
        espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("bandeja:peticiones"), "Peticiones 1-1 de 1"));
        navegador.findElement(By.cssSelector("a.folio")).click();
        espera.until(ExpectedConditions.presenceOfElementLocated(By.id("acciones:instancia")));

        navegador.findElement(By.id("acciones:instancia")).click();
        WebElement filtro = espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("acciones:instancia_filter")));
        filtro.sendKeys("CDAOD Jalisco");
        espera.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#acciones\\:instancia_items li[data-label='CDAOD Jalisco']"))).click();
        navegador.findElement(By.id("acciones:motivoDerivacion")).sendKeys("Atender la falta de medicamento");
        navegador.findElement(By.id("acciones:derivar")).click();
        espera.until(ExpectedConditions.textToBe(By.id("estado"), "Derivada"));
        assertTrue(navegador.getPageSource().contains("Correos (1)"));
        assertTrue(navegador.getPageSource().contains("enlace.cdaod.15@siade.invalid"));
        captura("derivacion");

        navegador.findElement(By.id("menu:mCorreos")).click();
        espera.until(ExpectedConditions.presenceOfElementLocated(By.id("correos:tabla")));
        assertTrue(navegador.findElement(By.id("correos:tabla")).getText().contains("Pendiente de envío"));
        assertNoJavaScriptErrors();
    }

    @Test
    @DisplayName("Correspondencia pide datos faltantes por oficio postal, el oficio queda en PDF, y luego registra los datos recibidos")
    void correspondenciaPideYRecibeDatos() throws Exception {
        // The first demo petition (REGISTRADA) is always folio 1 of the year in a fresh database.
        String folio = Folio.generar(LocalDate.now(Tiempo.ZONA_MEXICO).getYear(), 1).valor();
        PaginaLogin.abrir(navegador, base).entrar("correspondencia", CONTRASENA);
        espera.until(ExpectedConditions.urlContains("bandeja.xhtml"));
        navegador.get(base + "expediente.xhtml?folio=" + folio);
        espera.until(ExpectedConditions.presenceOfElementLocated(By.id("acciones:datosSolicitados")));
        navegador.findElement(By.id("acciones:datosSolicitados")).sendKeys("Correo electrónico de contacto");
        navegador.findElement(By.id("acciones:solicitarDatos")).click();
        espera.until(ExpectedConditions.textToBe(By.id("estado"), "Datos solicitados"));
        assertEquals(1, navegador.findElements(By.cssSelector("a.documento-oficio")).size());

        navegador.findElement(By.id("acciones:correoRecibido")).sendKeys("guadalupe.perez@example.com");
        navegador.findElement(By.id("acciones:respuestaDatos")).sendKeys("Respondió por teléfono");
        navegador.findElement(By.id("acciones:recibirDatos")).click();
        espera.until(ExpectedConditions.textToBe(By.id("estado"), "Registrada"));
        assertTrue(navegador.getPageSource().contains("guadalupe.perez@example.com"));
        captura("datos-recibidos");
        assertNoJavaScriptErrors();
    }

    @Test
    @DisplayName("El administrador edita una plantilla de oficio (un error de plantilla no se guarda) y agrega un día inhábil")
    void administradorEditaPlantilla() throws Exception {
        PaginaLogin.abrir(navegador, base).entrar("admin", CONTRASENA);
        espera.until(ExpectedConditions.urlContains("bandeja.xhtml"));
        navegador.findElement(By.id("menu:mPlantillas")).click();
        WebElement cuerpo = espera.until(ExpectedConditions.presenceOfElementLocated(By.id("plantillas:cuerpo")));
        String original = cuerpo.getAttribute("value");
        cuerpo.sendKeys(" ${sinCerrar");
        navegador.findElement(By.id("plantillas:guardar")).click();
        espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mensajes"), "no se guardó"));

        WebElement editable = navegador.findElement(By.id("plantillas:cuerpo"));
        editable.clear();
        editable.sendKeys(original + "<p>Texto agregado por la prueba.</p>");
        navegador.findElement(By.id("plantillas:guardar")).click();
        espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mensajes"), "guardada"));

        navegador.findElement(By.id("menu:mPlazos")).click();
        espera.until(ExpectedConditions.presenceOfElementLocated(By.id("calendario:dias")));
        assertTrue(navegador.findElement(By.id("calendario:dias")).getText().contains("Navidad"));
        // The description first: while the date picker's panel is open it keeps the keyboard.
        navegador.findElement(By.id("calendario:descripcionNueva")).sendKeys("Nochebuena (acuerdo institucional)");
        navegador.findElement(By.id("calendario:fechaNueva_input"))
                .sendKeys("24/12/" + LocalDate.now(Tiempo.ZONA_MEXICO).getYear(), Keys.TAB);
        navegador.findElement(By.id("calendario:agregarDia")).click();
        try {
            espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("calendario:dias"), "Nochebuena"));
        } finally {
            captura("plazos");
        }
        assertNoJavaScriptErrors();
    }

    private void assertNoJavaScriptErrors() {
        List<LogEntry> errores = navegador.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(e -> !e.getMessage().contains("favicon.ico"))
                .toList();
        assertEquals(List.of(), errores.stream().map(LogEntry::getMessage).toList());
    }

    private void captura(String nombre) throws Exception {
        File png = ((TakesScreenshot) navegador).getScreenshotAs(OutputType.FILE);
        Path destino = Path.of("target", "capturas", nombre + ".png");
        Files.createDirectories(destino.getParent());
        Files.copy(png.toPath(), destino, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Page object of login.xhtml. */
    static final class PaginaLogin {

        private final WebDriver navegador;

        private PaginaLogin(WebDriver navegador) {
            this.navegador = navegador;
        }

        static PaginaLogin abrir(WebDriver navegador, URL base) {
            navegador.get(base + "bandeja.xhtml");
            new WebDriverWait(navegador, Duration.ofSeconds(20))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("login:usuario")));
            return new PaginaLogin(navegador);
        }

        void entrar(String usuario, String contrasena) {
            navegador.findElement(By.id("login:usuario")).sendKeys(usuario);
            navegador.findElement(By.id("login:contrasena")).sendKeys(contrasena);
            navegador.findElement(By.id("login:entrar")).click();
        }
    }
}
