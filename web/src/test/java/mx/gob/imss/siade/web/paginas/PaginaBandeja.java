package mx.gob.imss.siade.web.paginas;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** bandeja.xhtml: filters and the lazy table of peticiones. */
public final class PaginaBandeja {

    private static final By TABLA = By.id("bandeja:peticiones");

    private final Navegador navegador;

    private PaginaBandeja(Navegador navegador) {
        this.navegador = navegador;
    }

    static PaginaBandeja cargada(Navegador navegador) {
        navegador.esperar(ExpectedConditions.urlContains("bandeja.xhtml"));
        navegador.elemento(TABLA);
        navegador.esperarAjax();
        return new PaginaBandeja(navegador);
    }

    public static PaginaBandeja abrir(Navegador navegador) {
        navegador.abrir("bandeja.xhtml");
        return cargada(navegador);
    }

    public String usuario() {
        return navegador.texto(By.id("usuarioActual"));
    }

    /** Filters by folio and waits until the table shows exactly that row. */
    public PaginaBandeja filtrarPorFolio(String folio) {
        return filtrarPorFolioHasta(folio, List.of(folio));
    }

    /** Filters by folio and waits until the table says it found nothing. */
    public PaginaBandeja filtrarPorFolioSinResultados(String folio) {
        return filtrarPorFolioHasta(folio, List.of());
    }

    private PaginaBandeja filtrarPorFolioHasta(String folio, List<String> esperados) {
        navegador.escribir(By.id("bandeja:folio"), folio);
        navegador.clic(By.id("bandeja:buscar"));
        navegador.esperar(d -> folios().equals(esperados));
        return this;
    }

    /** Filters by an NSS that is not valid: waits for the message and for the table to be empty. */
    public PaginaBandeja filtrarPorNssInvalido(String nss) {
        navegador.escribir(By.id("bandeja:nss"), nss);
        navegador.clic(By.id("bandeja:buscar"));
        navegador.esperar(d -> !mensajes().isBlank() && folios().isEmpty());
        navegador.escribir(By.id("bandeja:nss"), "");
        return this;
    }

    public PaginaBandeja filtrarPorEstado(String etiqueta) {
        navegador.elegir("bandeja:estado", etiqueta);
        navegador.clic(By.id("bandeja:buscar"));
        return this;
    }

    public List<String> folios() {
        return navegador.driver().findElements(By.cssSelector("#bandeja\\:peticiones a.folio")).stream()
                .map(WebElement::getText).toList();
    }

    public List<String> estados() {
        return navegador.driver().findElements(By.cssSelector("#bandeja\\:peticiones td.col-estado")).stream()
                .map(WebElement::getText).toList();
    }

    public String textoTabla() {
        return navegador.texto(TABLA);
    }

    public String mensajes() {
        return navegador.texto(By.id("mensajes"));
    }

    public PaginaExpediente abrirExpediente(String folio) {
        navegador.clic(By.linkText(folio));
        return PaginaExpediente.cargada(navegador, folio);
    }

    public void ir(String idMenu) {
        navegador.clic(By.id(idMenu));
    }

    public void salir() {
        navegador.clic(By.id("sesion:salir"));
        navegador.esperar(ExpectedConditions.urlContains("login.xhtml"));
    }
}
