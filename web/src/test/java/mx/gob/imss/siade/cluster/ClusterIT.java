package mx.gob.imss.siade.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mx.gob.imss.siade.pruebas.ArchivosDePrueba;
import mx.gob.imss.siade.pruebas.Balanceador;
import mx.gob.imss.siade.pruebas.BaseCompartida;
import mx.gob.imss.siade.pruebas.DatosDePrueba;
import mx.gob.imss.siade.pruebas.NodoSiade;
import mx.gob.imss.siade.pruebas.SesionHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two Payara Micro nodes of the same WAR, started with {@code config/nodo.sh}, one cluster (Payara's data
 * grid) against one H2 server ({@code config/h2-servidor.sh}), behind a sticky round-robin balancer: a
 * user whose node is killed continues on the other without signing in again (the session and the JSF
 * view live in the grid), registrations on both nodes at once never share a folio, and the outbox, run
 * by both nodes every second, sends each message once. When the database server dies, pages and sign-in
 * answer 503 with a Spanish message, and the node recovers by itself once the database is back.
 */
class ClusterIT {

    private static final int PUERTO_BD = 19092;
    private static final int PUERTO_SMTP = 13025;
    private static final String CONTRASENA = "Demo.2026";
    private static final String CLAVE_BD = "siade-demo-clave-archivo";
    private static final BaseCompartida base = new BaseCompartida(PUERTO_BD, CLAVE_BD);

    private static Path datos;
    private static GreenMail smtp;
    private static NodoSiade bd;
    private static final NodoSiade[] nodos = new NodoSiade[2];
    private static Balanceador balanceador;

    @BeforeAll
    static void arrancar() throws Exception {
        datos = NodoSiade.carpetaNueva("cluster-it");
        smtp = new GreenMail(new ServerSetup(PUERTO_SMTP, "localhost", "smtp"));
        smtp.start();
        Map<String, String> entorno = Map.of(
                "SIADE_DATA_DIR", datos.toString(),
                "SIADE_CLAVE_BD", CLAVE_BD,
                "SIADE_BD_SERVIDOR", "localhost:" + PUERTO_BD,
                "SIADE_CLUSTER", "tcpip:127.0.0.1:16900",
                "SIADE_CLUSTER_PUERTO", "16900",
                "SIADE_JAVA_OPCIONES", "-Dsiade.ocr.trabajadores=0 -Dsiade.correo.smtp.host=localhost"
                        + " -Dsiade.correo.smtp.puerto=" + PUERTO_SMTP + " -Dsiade.correo.entrega.segundos=1");
        bd = NodoSiade.baseDeDatos(PUERTO_BD, entorno, datos.resolve("h2.log")).arrancar();
        // The first node creates the schema and the demo data; the second joins it.
        nodos[0] = NodoSiade.nodo(1, 18081, entorno, datos.resolve("nodo-1.log")).arrancar();
        nodos[1] = NodoSiade.nodo(2, 18082, entorno, datos.resolve("nodo-2.log")).arrancar();
        nodos[0].esperarEnLog("DG Size: 2", Duration.ofMinutes(1));
        balanceador = new Balanceador(18080, List.of(URI.create("http://localhost:18081"), URI.create("http://localhost:18082")));
    }

    @AfterAll
    static void detener() throws Exception {
        if (balanceador != null) {
            balanceador.close();
        }
        for (NodoSiade n : nodos) {
            if (n != null) {
                n.close();
            }
        }
        if (bd != null) {
            bd.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void sesionContinuaEnElOtroNodoFoliosYCorreosUnaVez() throws Exception {
        // Two users through the balancer: a new client goes to the next node, so one lands on each.
        SesionHttp ana = new SesionHttp("http://localhost:18080/siade/");
        assertFalse(ana.entrar("correspondencia", CONTRASENA).body().contains("login:usuario"), "Ana inició sesión");
        int nodoAna = balanceador.ultimoNodo();
        SesionHttp beto = new SesionHttp("http://localhost:18080/siade/");
        assertFalse(beto.entrar("correspondencia", CONTRASENA).body().contains("login:usuario"), "Beto inició sesión");
        int nodoBeto = balanceador.ultimoNodo();
        assertNotEquals(nodoAna, nodoBeto, "cada usuario en un nodo");

        // Registrations on both nodes at the same time: every folio different.
        List<String> folios = new ArrayList<>();
        ExecutorService hilos = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> tandas = List.of(hilos.submit(() -> registrar(ana, 4)), hilos.submit(() -> registrar(beto, 4)));
            for (Future<List<String>> t : tandas) {
                folios.addAll(t.get(5, TimeUnit.MINUTES));
            }
        } finally {
            hilos.shutdownNow();
        }
        assertEquals(8, new HashSet<>(folios).size(), "ningún folio dos veces: " + folios);

        // The outbox: 50 messages queued at once, both nodes deliver every second under row locks.
        int enCola = base.encolarCorreos(50, "cluster-it");
        esperar(() -> smtp.getReceivedMessages().length >= enCola && base.correosPendientes() == 0, Duration.ofMinutes(2),
                "la bandeja de salida se vació");
        MimeMessage[] recibidos = smtp.getReceivedMessages();
        Set<String> ids = new HashSet<>();
        for (MimeMessage m : recibidos) {
            ids.add(m.getMessageID());
        }
        assertEquals(enCola, recibidos.length, "cada correo una vez, aunque dos nodos entregan a la vez");
        assertEquals(enCola, ids.size());

        // Ana's view of the Bandeja, then her node dies.
        HttpResponse<String> bandeja = ana.get("bandeja.xhtml");
        assertEquals(nodoAna, balanceador.ultimoNodo());
        nodos[nodoAna].matar();

        // She goes on: the same view pages (its ViewState and CSP nonce) on the other node, still signed in.
        HttpResponse<String> pagina = ana.paginarBandeja(bandeja.body(), 0);
        assertEquals(nodoBeto, balanceador.ultimoNodo(), "atendida por el nodo que sigue vivo");
        assertEquals(200, pagina.statusCode());
        assertTrue(pagina.body().contains("<partial-response") && pagina.body().contains("data-ri=\"0\"")
                && !pagina.body().contains("<redirect") && !pagina.body().contains("<error")
                && !pagina.body().contains("error no previsto"),
                "la misma vista (sus filtros, su página) sigue en el otro nodo: " + recorte(pagina.body()));
        HttpResponse<String> expediente = ana.get("expediente.xhtml?folio=" + folios.get(0));
        assertEquals(200, expediente.statusCode());
        assertFalse(expediente.body().contains("login:usuario"), "sin volver a iniciar sesión");
        assertTrue(expediente.body().contains(folios.get(0)), "el expediente registrado antes en el otro nodo");
        String otro = registrar(ana, 1).get(0);
        assertFalse(folios.contains(otro), "un folio nuevo tras la caída: " + otro);
        assertTrue(nodos[nodoBeto].vivo());

        // The database goes away: a clear page (503, in Spanish), for pages and for signing in; when it is
        // back the node recovers by itself (its pool validates connections) and nothing was half-written.
        bd.matar();
        String aviso = "no puede consultar la base de datos";
        HttpResponse<String> sinBase = ana.get("bandeja.xhtml");
        assertEquals(503, sinBase.statusCode());
        assertTrue(sinBase.body().contains(aviso), recorte(sinBase.body()));
        HttpResponse<String> entradaSinBase = new SesionHttp("http://localhost:18080/siade/").entrar("correspondencia", CONTRASENA);
        assertEquals(503, entradaSinBase.statusCode());
        assertTrue(entradaSinBase.body().contains(aviso), "no «contraseña incorrecta»: " + recorte(entradaSinBase.body()));
        bd.arrancar();
        esperar(() -> ana.get("bandeja.xhtml").statusCode() == 200, Duration.ofMinutes(2), "el nodo vuelve a la base");
        String trasLaBase = registrar(ana, 1).get(0);
        assertFalse(folios.contains(trasLaBase) || trasLaBase.equals(otro));
        // Whatever a page keeps (session, views and their beans) went into the grid whole: nothing was left out.
        for (NodoSiade n : nodos) {
            String log = Files.readString(n.log(), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertFalse(log.contains("Cannot serialize session attribute"), "todo lo de la sesión se replica: " + n.log());
        }
    }

    private static List<String> registrar(SesionHttp sesion, int cuantos) throws Exception {
        List<String> folios = new ArrayList<>();
        for (int i = 0; i < cuantos; i++) {
            String nss = DatosDePrueba.nssNuevo();
            Map<String, byte[]> archivos = new LinkedHashMap<>();
            archivos.put("escrito-" + nss + ".pdf", ArchivosDePrueba.pdf("Escrito " + nss));
            archivos.put("anexo-" + nss + ".png", ArchivosDePrueba.png("Anexo " + nss));
            folios.add(sesion.registrarEscrito("Persona del clúster " + nss, nss, archivos));
        }
        return folios;
    }

    interface Condicion {
        boolean cumple() throws Exception;
    }

    private static void esperar(Condicion condicion, Duration maximo, String que) throws Exception {
        long limite = System.nanoTime() + maximo.toNanos();
        while (!condicion.cumple()) {
            if (System.nanoTime() > limite) {
                throw new AssertionError("no ocurrió en " + maximo + ": " + que);
            }
            Thread.onSpinWait();
            smtp.waitForIncomingEmail(200, Integer.MAX_VALUE);
        }
    }

    private static String recorte(String texto) {
        return texto.substring(0, Math.min(500, texto.length()));
    }
}
