package mx.gob.imss.siade.pruebas;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of the container tests: the real self-contained WAR that Payara Micro runs
 * (built by the package phase), plus the test helpers.
 */
public final class Despliegue {

    private Despliegue() {
    }

    public static WebArchive siade() {
        File war = new File(System.getProperty("siade.war", "target/siade.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Falta " + war + ": ejecute 'mvn verify' (el WAR se arma en package)");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war).addAsLibrary(ejecutorDePruebasSinLogin());
    }

    /**
     * The WAR plus the {@code Como*} EJBs that run test actions with a role, each as the demo user
     * of that role (the descriptors map those run-as principals).
     */
    public static WebArchive conEjecutoresDeRol() {
        return siade().addPackage(EjecutorConRol.class.getPackage())
                .addAsWebInfResource("pruebas/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml")
                .addAsWebInfResource("pruebas/glassfish-web.xml", "glassfish-web.xml");
    }

    /**
     * With an in-process SMTP server (GreenMail) inside the deployment, for the outbox tests:
     * its jar and slf4j's come from the test class path; Jakarta Mail is the server's.
     */
    public static WebArchive conServidorDeCorreo() {
        return conEjecutoresDeRol()
                .addAsLibraries(jarDe(com.icegreen.greenmail.util.GreenMail.class), jarDe(org.slf4j.LoggerFactory.class));
    }

    private static File jarDe(Class<?> clase) {
        try {
            return new File(clase.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Arquillian calls its test servlet without a login; the application's {@code /*} constraint
     * would send it to the login page. This fragment opens only that servlet's exact path, and the
     * test data seeder of {@link SembradorServlet} (test deployments only).
     */
    private static JavaArchive ejecutorDePruebasSinLogin() {
        String fragmento = """
                <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                  <name>arquillian_sin_login</name>
                  <security-constraint>
                    <web-resource-collection>
                      <web-resource-name>Arquillian</web-resource-name>
                      <url-pattern>/ArquillianServletRunner</url-pattern>
                      <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                      <url-pattern>/pruebas/*</url-pattern>
                    </web-resource-collection>
                  </security-constraint>
                </web-fragment>
                """;
        return ShrinkWrap.create(JavaArchive.class, "arquillian-sin-login.jar")
                .addAsManifestResource(new StringAsset(fragmento), "web-fragment.xml");
    }
}
