package mx.gob.imss.siade.web.paginas;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** expediente.xhtml: one case with its action panels and tabs. */
public final class PaginaExpediente {

    private final Navegador navegador;

    private PaginaExpediente(Navegador navegador) {
        this.navegador = navegador;
    }

    public static PaginaExpediente cargada(Navegador navegador, String folio) {
        navegador.esperar(ExpectedConditions.textToBe(By.id("tituloExpediente"), "Expediente " + folio));
        navegador.esperarAjax();
        return new PaginaExpediente(navegador);
    }

    public static PaginaExpediente abrir(Navegador navegador, String folio) {
        navegador.abrir("expediente.xhtml?folio=" + folio);
        return cargada(navegador, folio);
    }

    public String estado() {
        return navegador.texto(By.id("estado"));
    }

    /** Runs an action button and waits until the case shows the state the action leads to. */
    public PaginaExpediente accion(String idBoton, String estadoEsperado) {
        navegador.clic(By.id(idBoton));
        navegador.esperar(ExpectedConditions.textToBe(By.id("estado"), estadoEsperado));
        return this;
    }

    public PaginaExpediente escribir(String idCampo, String texto) {
        navegador.escribir(By.id(idCampo), texto);
        return this;
    }

    public PaginaExpediente elegirConFiltro(String idMenu, String etiqueta) {
        navegador.clic(By.id(idMenu));
        navegador.escribir(By.id(idMenu + "_filter"), etiqueta);
        navegador.esperarAjax();
        navegador.clic(Navegador.opcion(idMenu, etiqueta));
        return this;
    }

    /** Shows the tab whose title starts with {@code titulo} (e.g. "Oficios"). */
    public PaginaExpediente pestana(String titulo) {
        navegador.clic(By.xpath("//ul[@role='tablist']//a[starts-with(normalize-space(), '" + titulo + "')]"));
        return this;
    }

    public int entradasBitacora() {
        return navegador.driver().findElements(By.cssSelector("#bitacora li")).size();
    }

    public List<WebElement> documentos() {
        return navegador.driver().findElements(By.cssSelector("a.documento"));
    }

    public List<WebElement> oficios() {
        return navegador.driver().findElements(By.cssSelector("a.documento-oficio"));
    }

    public String pagina() {
        return navegador.driver().getPageSource();
    }
}
