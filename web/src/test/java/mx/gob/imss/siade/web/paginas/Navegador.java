package mx.gob.imss.siade.web.paginas;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * Headless Debian Chromium driven through its chromedriver, with the waits a user makes: a page
 * loaded, the PrimeFaces AJAX queue empty (and jQuery idle), an element present. Never a sleep.
 */
public final class Navegador implements AutoCloseable {

    /** Generous: a busy 2-core CI machine; a wait ends as soon as its condition holds. */
    private static final Duration ESPERA = Duration.ofSeconds(45);

    private static final String AJAX_INACTIVO = "return document.readyState === 'complete'"
            + " && (typeof PrimeFaces === 'undefined' || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
            + " && (typeof jQuery === 'undefined' || jQuery.active === 0);";

    private final ChromeDriverService servicio;
    private final WebDriver driver;
    private final WebDriverWait espera;
    private final URL base;

    public Navegador(URL base, int ancho, int alto) throws Exception {
        this.base = base;
        servicio = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        servicio.start();
        ChromeOptions opciones = new ChromeOptions();
        opciones.setBinary("/usr/bin/chromium");
        opciones.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + ancho + "," + alto, "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--lang=es-MX");
        LoggingPreferences registros = new LoggingPreferences();
        registros.enable(LogType.BROWSER, Level.SEVERE);
        opciones.setCapability("goog:loggingPrefs", registros);
        driver = new ChromeDriver(servicio, opciones);
        espera = new WebDriverWait(driver, ESPERA);
    }

    public WebDriver driver() {
        return driver;
    }

    public URL base() {
        return base;
    }

    public void abrir(String ruta) {
        driver.get(base + ruta);
        esperarAjax();
    }

    public <T> T esperar(Function<WebDriver, T> condicion) {
        return espera.until(condicion);
    }

    /** Waits until the page is loaded and no PrimeFaces/jQuery AJAX request is running or queued. */
    public void esperarAjax() {
        espera.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(AJAX_INACTIVO)));
    }

    /** Clicks and waits for what the click started (page load or AJAX update) to finish. */
    public void clic(By elemento) {
        // Until the click lands: an AJAX update (the upload list growing) can move the button under
        // another element for a moment, and a menu's panel is not interactable while it opens; the click is
        // tried again, never after a fixed time.
        new WebDriverWait(driver, ESPERA)
                .ignoring(org.openqa.selenium.ElementNotInteractableException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    WebElement e = ExpectedConditions.elementToBeClickable(elemento).apply(d);
                    if (e == null) {
                        return false;
                    }
                    ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
                    e.click();
                    return true;
                });
        esperarAjax();
    }

    public WebElement elemento(By elemento) {
        return espera.until(ExpectedConditions.presenceOfElementLocated(elemento));
    }

    public String texto(By elemento) {
        return elemento(elemento).getText();
    }

    public void escribir(By campo, CharSequence... texto) {
        WebElement e = elemento(campo);
        e.clear();
        e.sendKeys(texto);
    }

    /** Picks an option of a PrimeFaces selectOneMenu by its label. */
    public void elegir(String idMenu, String etiqueta) {
        By etiquetaVisible = By.id(idMenu + "_label");
        // Until the menu shows the choice: a click on an option while its panel is still opening can be lost.
        new WebDriverWait(driver, ESPERA).until(d -> {
            if (!d.findElement(By.cssSelector("#" + idMenu.replace(":", "\\:") + "_panel")).isDisplayed()) {
                clic(By.id(idMenu));
            }
            clicSinDesplazar(opcion(idMenu, etiqueta));
            return etiqueta.equals(d.findElement(etiquetaVisible).getText().trim());
        });
    }

    /**
     * Clicks an option of an open overlay panel without scrolling the page first: PrimeFaces closes its
     * overlays when the page scrolls, so centring the option (as {@link #clic} does) would close the panel.
     */
    private void clicSinDesplazar(By elemento) {
        new WebDriverWait(driver, ESPERA)
                .ignoring(org.openqa.selenium.ElementNotInteractableException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    WebElement e = ExpectedConditions.elementToBeClickable(elemento).apply(d);
                    if (e == null) {
                        return false;
                    }
                    e.click();
                    return true;
                });
        esperarAjax();
    }

    /** The item with {@code etiqueta} in the open panel of the selectOneMenu {@code idMenu}. */
    static By opcion(String idMenu, String etiqueta) {
        return By.cssSelector("#" + idMenu.replace(":", "\\:") + "_items li[data-label='" + etiqueta + "']");
    }

    public Object script(String js, Object... argumentos) {
        return ((JavascriptExecutor) driver).executeAsyncScript(js, argumentos);
    }

    /** Status and content type of a GET made by the page itself (with its session cookie). */
    public String estadoDe(String url) {
        return (String) script("const listo = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => listo(r.status + ' ' + r.headers.get('content-type')));", url);
    }

    public byte[] descargar(String url) {
        String base64 = (String) script("const listo = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {"
                + "  let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); listo(btoa(s)); });", url);
        return java.util.Base64.getDecoder().decode(base64);
    }

    public List<String> erroresJavaScript() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("favicon.ico"))
                .toList();
    }

    /** Resizes the window (the page reflows as on a screen of that width). */
    public void ventana(int ancho, int alto) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(ancho, alto));
    }

    /** The elements (by id or class) wider than the window's right edge, to say what overflows. */
    @SuppressWarnings("unchecked")
    public List<String> desbordados() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "var w = document.documentElement.clientWidth, r = [];"
                + " document.querySelectorAll('body *').forEach(function (e) {"
                + "   var b = e.getBoundingClientRect();"
                + "   if (b.width > 0 && b.right > w + 1 && getComputedStyle(e).position !== 'fixed') {"
                + "     r.push((e.id ? '#' + e.id : e.tagName.toLowerCase() + '.' + (e.className || '')) + ' ' + Math.round(b.right));"
                + "   } });"
                + " return r.slice(0, 8);");
    }

    /** Whether the page is wider than the window (a horizontal scroll bar). */
    public boolean desbordaHorizontalmente() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1;"));
    }

    public void captura(String nombre) throws Exception {
        File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path destino = Path.of("target", "capturas", nombre + ".png");
        Files.createDirectories(destino.getParent());
        Files.copy(png.toPath(), destino, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            servicio.stop();
        }
    }
}
