package mx.gob.imss.siade.web.paginas;

import org.openqa.selenium.By;

/** login.xhtml. */
public final class PaginaLogin {

    private final Navegador navegador;

    private PaginaLogin(Navegador navegador) {
        this.navegador = navegador;
    }

    /** Asks for a protected page, which sends an anonymous user to the login page. */
    public static PaginaLogin abrir(Navegador navegador) {
        navegador.abrir("bandeja.xhtml");
        navegador.elemento(By.id("login:usuario"));
        return new PaginaLogin(navegador);
    }

    public void intentar(String usuario, String contrasena) {
        navegador.escribir(By.id("login:usuario"), usuario);
        navegador.escribir(By.id("login:contrasena"), contrasena);
        navegador.clic(By.id("login:entrar"));
    }

    /** Signs in and lands on the Bandeja, whose rows come from a @RolesAllowed EJB on the very first request. */
    public PaginaBandeja entrar(String usuario, String contrasena) {
        intentar(usuario, contrasena);
        return PaginaBandeja.cargada(navegador);
    }

    public String aviso() {
        return navegador.texto(By.cssSelector(".aviso-error"));
    }
}
