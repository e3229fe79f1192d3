package mx.gob.imss.siade.web.paginas;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The portafirmas: rúbricas and signatures awaiting the signed-in user. */
public final class PaginaPortafirmas {

    private final Navegador navegador;

    private PaginaPortafirmas(Navegador navegador) {
        this.navegador = navegador;
    }

    public static PaginaPortafirmas abrir(Navegador navegador) {
        navegador.abrir("portafirmas.xhtml");
        return cargada(navegador);
    }

    public static PaginaPortafirmas cargada(Navegador navegador) {
        navegador.esperar(ExpectedConditions.textToBe(By.tagName("h1"), "Portafirmas"));
        navegador.esperarAjax();
        return new PaginaPortafirmas(navegador);
    }

    /** The row of the rúbricas table that shows {@code folioOficio}. */
    private By filaRubrica(String folioOficio) {
        return By.xpath("//*[@id='rubricas:tablaRubricas_data']/tr[td[1][normalize-space()='" + folioOficio + "']]");
    }

    public PaginaPortafirmas rubricar(String folioOficio) {
        navegador.clic(By.xpath(xpath(filaRubrica(folioOficio)) + "//button[contains(@id,':rubricar')]"));
        return this;
    }

    public PaginaPortafirmas devolver(String folioOficio, String observacion) {
        navegador.escribir(By.xpath(xpath(filaRubrica(folioOficio)) + "//input[contains(@id,':observacion')]"), observacion);
        navegador.clic(By.xpath(xpath(filaRubrica(folioOficio)) + "//button[contains(@id,':devolver')]"));
        return this;
    }

    public boolean esperaRubrica(String folioOficio) {
        return !navegador.driver().findElements(filaRubrica(folioOficio)).isEmpty();
    }

    /** Filters the signatures by the oficio's folio and selects every row on the page (the header box). */
    public PaginaPortafirmas seleccionar(String folioOficio) {
        navegador.escribir(By.id("firmas:filtro"), folioOficio);
        // The table says which filter it shows: wait for this one (the filter runs 300 ms after typing).
        navegador.esperar(d -> d.findElement(By.id("firmas:tablaFirmas:cuantos")).getText().contains(folioOficio)
                && d.findElements(By.cssSelector("#firmas\\:tablaFirmas_data tr[data-ri]")).size() == 1);
        navegador.esperarAjax();
        navegador.clic(By.cssSelector("#firmas\\:tablaFirmas_head .ui-chkbox-all .ui-chkbox-box"));
        return this;
    }

    /** Gives the e.firma files and the password, signs, and waits for the outcome table. */
    public PaginaPortafirmas firmar(Path cer, Path key, String contrasena) {
        navegador.driver().findElement(By.id("firmas:cer_input")).sendKeys(cer.toString());
        navegador.driver().findElement(By.id("firmas:key_input")).sendKeys(key.toString());
        navegador.escribir(By.id("firmas:contrasena"), contrasena);
        navegador.clic(By.id("firmas:firmar"));
        navegador.esperar(ExpectedConditions.presenceOfElementLocated(By.id("firmas:resultados")));
        return this;
    }

    public String resultados() {
        return navegador.texto(By.id("firmas:resultados"));
    }

    public String enlaceVerificar() {
        return navegador.elemento(By.cssSelector("a.verificar-firmado")).getAttribute("href");
    }

    public String enlacePdfFirmado() {
        return navegador.elemento(By.cssSelector("a.pdf-firmado")).getAttribute("href");
    }

    public String mensajes() {
        return navegador.texto(By.id("mensajes"));
    }

    private static String xpath(By by) {
        String s = by.toString();
        return s.substring(s.indexOf(':') + 1).trim();
    }
}
