package mx.gob.imss.siade.seguridad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mx.gob.imss.siade.pruebas.Despliegue;
import mx.gob.imss.siade.pruebas.Sembrador;
import mx.gob.imss.siade.pruebas.SesionHttp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The application over HTTP as many users meet it: sign-in, parallel requests of signed-in users,
 * sign-in abuse, security headers and cookies, and which cases and files each user may fetch.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccesoHttpIT {

    private static final String CONTRASENA = "Demo.2026";
    /** Users that may open a Correspondencia case (its área, or reading all áreas). */
    private static final String[] USUARIOS = {"correspondencia", "consultor", "supervisor", "jefe", "juridico",
        "titular.dac", "titular.cao", "admin"};

    @Deployment(testable = false)
    static WebArchive despliegue() {
        return Despliegue.conEjecutoresDeRol();
    }

    @ArquillianResource
    private URL desplegada;

    private String base;

    @BeforeEach
    void base() {
        base = "http://localhost:" + desplegada.getPort() + "/siade/";
    }

    @AfterEach
    void olvidarIntentos() throws Exception {
        new Sembrador(base).olvidarIntentos();
    }

    @Test
    @DisplayName("20 usuarios entran a la vez y hacen 5 peticiones en paralelo cada uno (paginado AJAX, expediente y, quien"
            + " recibe correspondencia, un registro con dos archivos): todas 2xx, cada registro con su folio, ninguno repetido")
    void veinteUsuariosEnParalelo() throws Exception {
        String folio = new Sembrador(base).caso("EN_ANALISIS", "CORRESPONDENCIA");
        ExecutorService hilos = Executors.newFixedThreadPool(40);
        try {
            List<Future<SesionHttp>> entradas = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String usuario = USUARIOS[i % USUARIOS.length];
                entradas.add(hilos.submit(() -> {
                    SesionHttp sesion = new SesionHttp(base);
                    HttpResponse<String> r = sesion.entrar(usuario, CONTRASENA);
                    assertEquals(200, r.statusCode(), usuario);
                    assertTrue(r.uri().getPath().endsWith("/bandeja.xhtml"), usuario + " terminó en " + r.uri());
                    return sesion;
                }));
            }
            List<SesionHttp> sesiones = new ArrayList<>();
            for (Future<SesionHttp> f : entradas) {
                sesiones.add(f.get());
            }
            List<Future<String>> respuestas = new ArrayList<>();
            java.util.Queue<String> folios = new java.util.concurrent.ConcurrentLinkedQueue<>();
            int registros = 0;
            for (int i = 0; i < sesiones.size(); i++) {
                SesionHttp sesion = sesiones.get(i);
                boolean registra = REGISTRAN.contains(USUARIOS[i % USUARIOS.length]);
                registros += registra ? 1 : 0;
                HttpResponse<String> bandeja = sesion.get("bandeja.xhtml");
                assertEquals(200, bandeja.statusCode());
                Callable<String> tercera = registra ? () -> registrar(sesion, folios)
                        : () -> pagina(sesion.get("bandeja.xhtml"), "bandeja:peticiones");
                List<Callable<String>> cinco = List.of(
                        () -> ajax(sesion.paginarBandeja(bandeja.body(), 0)),
                        () -> pagina(sesion.get("expediente.xhtml?folio=" + folio), "Expediente " + folio),
                        tercera,
                        () -> ajax(sesion.paginarBandeja(bandeja.body(), 0)),
                        () -> pagina(sesion.get("expediente.xhtml?folio=" + folio), "Expediente " + folio));
                for (Callable<String> c : cinco) {
                    respuestas.add(hilos.submit(c));
                }
            }
            List<String> fallas = new ArrayList<>();
            for (Future<String> f : respuestas) {
                String r = f.get();
                if (!r.isEmpty()) {
                    fallas.add(r);
                }
            }
            assertEquals(registros, folios.size(), "cada registro con su folio: " + folios);
            assertEquals(registros, new java.util.HashSet<>(folios).size(), "ningún folio dos veces: " + folios);
            assertEquals(List.of(), fallas, "de " + respuestas.size() + " peticiones");
            assertEquals(100, respuestas.size());
        } finally {
            hilos.shutdownNow();
        }
    }

    /** Users whose role registers letters; in the parallel test each of their sessions registers one. */
    private static final java.util.Set<String> REGISTRAN = java.util.Set.of("correspondencia", "supervisor", "jefe");

    /** A registration with two files through the Recepción screen; its folio must open in the Expediente. */
    private static String registrar(SesionHttp sesion, java.util.Queue<String> folios) {
        try {
            String nss = mx.gob.imss.siade.pruebas.DatosDePrueba.nssNuevo();
            String remitente = "Persona en paralelo " + nss;
            Map<String, byte[]> archivos = new java.util.LinkedHashMap<>();
            archivos.put("escrito-" + nss + ".pdf", mx.gob.imss.siade.pruebas.ArchivosDePrueba.pdf("Escrito " + nss));
            archivos.put("anexo-" + nss + ".png", mx.gob.imss.siade.pruebas.ArchivosDePrueba.png("Anexo " + nss));
            String nuevo = sesion.registrarEscrito(remitente, nss, archivos);
            folios.add(nuevo);
            return pagina(sesion.get("expediente.xhtml?folio=" + nuevo), remitente);
        } catch (Exception | AssertionError e) {
            return "registro → " + e.getMessage();
        }
    }

    private static String pagina(HttpResponse<String> r, String esperado) {
        if (r.statusCode() != 200) {
            return r.uri() + " → " + r.statusCode();
        }
        if (!r.body().contains(esperado)) {
            return r.uri() + " → sin «" + esperado + "»" + (r.body().contains("login:usuario") ? " (pidió iniciar sesión)" : "");
        }
        return "";
    }

    private static String ajax(HttpResponse<String> r) {
        if (r.statusCode() != 200) {
            return "AJAX bandeja → " + r.statusCode();
        }
        if (!r.body().contains("<partial-response") || r.body().contains("<redirect") || r.body().contains("<error")
                || r.body().contains("error no previsto")) {
            return "AJAX bandeja → " + r.body().substring(0, Math.min(200, r.body().length()));
        }
        return "";
    }

    @Test
    @DisplayName("Tras tres contraseñas equivocadas hay que esperar, exista o no el usuario, y ni la correcta entra mientras tanto")
    void esperaTrasFallosSinRevelarUsuario() throws Exception {
        SesionHttp atacante = new SesionHttp(base);
        String inexistente = "nadie." + System.nanoTime();
        List<String> avisosExistente = new ArrayList<>();
        List<String> avisosInexistente = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            avisosExistente.add(aviso(atacante.entrar("jefe", "equivocada" + i)));
        }
        HttpResponse<String> correcta = atacante.entrar("jefe", CONTRASENA);
        assertTrue(correcta.uri().getPath().endsWith("/login.xhtml"), "en espera no entra ni con la contraseña correcta");
        assertFalse(correcta.body().contains("bandeja:peticiones"));
        for (int i = 0; i < 4; i++) {
            avisosInexistente.add(aviso(atacante.entrar(inexistente, "equivocada" + i)));
        }
        assertEquals(avisosExistente, avisosInexistente, "el mensaje no dice si el usuario existe");
        assertEquals("Usuario o contraseña incorrectos.", avisosExistente.get(0));
        assertTrue(avisosExistente.get(3).startsWith("Demasiados intentos fallidos. Espere"), avisosExistente.get(3));
    }

    @Test
    @DisplayName("Usuario nuevo: entra con su contraseña temporal y sólo puede cambiarla; la política rechaza una débil;"
            + " desactivado o con contraseña restablecida, su sesión abierta termina")
    void contrasenaTemporalYSesionesTerminadas() throws Exception {
        Sembrador sembrador = new Sembrador(base);
        String nombre = "nuevo." + (System.nanoTime() % 1_000_000);
        String temporal = sembrador.usuario("crear", nombre);
        SesionHttp sesion = new SesionHttp(base);
        HttpResponse<String> entrada = sesion.entrar(nombre, temporal);
        assertTrue(entrada.uri().getPath().endsWith("/cambiar-contrasena.xhtml"), entrada.uri().toString());
        assertTrue(entrada.body().contains("contraseña temporal"));
        HttpResponse<String> bandeja = sesion.get("bandeja.xhtml");
        assertTrue(bandeja.uri().getPath().endsWith("/cambiar-contrasena.xhtml"), "nada más se abre: " + bandeja.uri());
        assertTrue(sesion.paginarBandeja(entrada.body(), 0).body().contains("cambiar-contrasena.xhtml"),
                "tampoco por AJAX");
        assertTrue(sesion.get("expediente/pdf?folio=" + new Sembrador(base).caso("REGISTRADA", "CORRESPONDENCIA")).uri()
                .getPath().endsWith("/cambiar-contrasena.xhtml"), "ni una descarga");

        HttpResponse<String> debil = cambiarContrasena(sesion, temporal, "corta1A", "corta1A");
        assertTrue(debil.uri().getPath().endsWith("/cambiar-contrasena.xhtml"));
        assertTrue(debil.body().contains("al menos 12 caracteres"), "la política se explica");
        HttpResponse<String> distinta = cambiarContrasena(sesion, temporal, "Una frase larga 2026", "Otra frase larga 2026");
        assertTrue(distinta.body().contains("no coinciden"));
        String propia = "Una frase larga " + nombre.substring(6) + " Ok";
        HttpResponse<String> cambiada = cambiarContrasena(sesion, temporal, propia, propia);
        assertTrue(cambiada.uri().getPath().endsWith("/bandeja.xhtml"), cambiada.uri().toString());
        assertTrue(cambiada.body().contains("Su contraseña se cambió."));
        assertTrue(sesion.get("bandeja.xhtml").body().contains("bandeja:peticiones"), "la sesión sigue con la nueva");
        assertTrue(new SesionHttp(base).entrar(nombre, temporal).uri().getPath().endsWith("/login.xhtml"),
                "la temporal ya no sirve");

        SesionHttp otra = new SesionHttp(base);
        assertTrue(otra.entrar(nombre, propia).uri().getPath().endsWith("/bandeja.xhtml"));
        String segunda = sembrador.usuario("restablecer", nombre);
        assertTrue(otra.get("bandeja.xhtml").uri().getPath().endsWith("/login.xhtml"), "restablecida: la sesión abierta termina");
        assertTrue(sesion.get("bandeja.xhtml").uri().getPath().endsWith("/login.xhtml"));
        SesionHttp tercera = new SesionHttp(base);
        assertTrue(tercera.entrar(nombre, segunda).uri().getPath().endsWith("/cambiar-contrasena.xhtml"));
        sembrador.usuario("desactivar", nombre);
        assertTrue(tercera.get("cambiar-contrasena.xhtml").uri().getPath().endsWith("/login.xhtml"),
                "desactivado: la sesión abierta termina");
        assertTrue(new SesionHttp(base).entrar(nombre, segunda).uri().getPath().endsWith("/login.xhtml"));
    }

    private static HttpResponse<String> cambiarContrasena(SesionHttp sesion, String actual, String nueva, String confirmacion)
            throws Exception {
        HttpResponse<String> pagina = sesion.get("cambiar-contrasena.xhtml");
        java.util.Map<String, String> campos = new java.util.LinkedHashMap<>();
        campos.put("contrasena", "contrasena");
        campos.put("contrasena:actual", actual);
        campos.put("contrasena:nueva", nueva);
        campos.put("contrasena:confirmacion", confirmacion);
        campos.put("contrasena:cambiar", "");
        campos.put("jakarta.faces.ViewState", SesionHttp.viewState(pagina.body()));
        campos.put("primefaces.nonce", SesionHttp.nonce(pagina.body()));
        return sesion.post("cambiar-contrasena.xhtml", campos, false);
    }

    private static String aviso(HttpResponse<String> r) {
        assertTrue(r.uri().getPath().endsWith("/login.xhtml"), r.uri().toString());
        String cuerpo = r.body();
        int i = cuerpo.indexOf("aviso aviso-error");
        assertTrue(i > 0, "sin aviso de error");
        String resto = cuerpo.substring(cuerpo.indexOf('>', i) + 1);
        return resto.substring(0, resto.indexOf("</span>")).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").trim()
                .replaceAll("\\d+ segundos", "N segundos");
    }

    @Test
    @DisplayName("Cada respuesta trae las cabeceras de seguridad y la cookie de sesión es HttpOnly y SameSite=Lax")
    void cabecerasYCookie() throws Exception {
        SesionHttp sesion = new SesionHttp(base);
        HttpResponse<String> login = sesion.get("login.xhtml");
        assertEquals("nosniff", login.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", login.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("same-origin", login.headers().firstValue("Referrer-Policy").orElse(""));
        List<String> politicas = login.headers().allValues("Content-Security-Policy");
        assertTrue(politicas.stream().anyMatch(p -> p.contains("frame-ancestors 'none'")), politicas.toString());
        assertTrue(politicas.stream().anyMatch(p -> p.contains("script-src") && p.contains("nonce-")), politicas.toString());
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElseThrow(() -> new AssertionError("sin cookie de sesión: " + login.headers().map()));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertEquals(1, cookie.toLowerCase(java.util.Locale.ROOT).split("samesite=lax", -1).length - 1,
                "SameSite=Lax, una vez: " + cookie);
    }

    @Test
    @DisplayName("Un escaneo se descarga sólo por quien puede leer su caso y ve sus datos personales: otra área y "
            + "los roles que los ven ocultos reciben 403 con el motivo en español")
    void documentoSigueLaReglaDelCaso() throws Exception {
        String[] sembrado = new Sembrador(base).casoConDocumento("REGISTRADA", "CORRESPONDENCIA");
        String url = "documentos/contenido?id=" + sembrado[1];
        Map<String, Integer> esperado = Map.of("correspondencia", 200, "supervisor", 200, "juridico", 200,
                "titular.dac", 403, "admin", 403, "gestion", 403);
        for (Map.Entry<String, Integer> caso : esperado.entrySet()) {
            SesionHttp sesion = new SesionHttp(base);
            sesion.entrar(caso.getKey(), CONTRASENA);
            HttpResponse<byte[]> r = sesion.getBytes(url);
            assertEquals(caso.getValue(), r.statusCode(), caso.getKey());
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), caso.getKey());
            if (r.statusCode() == 403) {
                String pagina = new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
                assertTrue(pagina.contains("Acceso no permitido"), caso.getKey() + ": " + pagina);
                assertTrue(pagina.contains(caso.getKey().equals("gestion") ? "pertenece a otra área" : "ve ocultos"),
                        caso.getKey() + ": " + pagina);
            }
        }
        HttpResponse<byte[]> anonimo = new SesionHttp(base).getBytes(url);
        assertTrue(anonimo.uri().getPath().endsWith("/login.xhtml"), "sin sesión pide iniciarla");
    }

    private HttpResponse<String> api(String metodo, String ruta, String usuario, String clave, String cuerpo) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "api/v1/peticiones" + ruta))
                .header("Accept", "application/json");
        if (usuario != null) {
            b.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                    (usuario + ":" + CONTRASENA).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        if (clave != null) {
            b.header("Idempotency-Key", clave);
        }
        b.method(metodo, cuerpo == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(cuerpo));
        if (cuerpo != null) {
            b.header("Content-Type", "application/json");
        }
        try {
            return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String folioDe(String json) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"folio\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertTrue(m.find(), json);
        return m.group(1);
    }

    @Test
    @DisplayName("API de ingreso: cuenta de servicio, idempotencia (también a la vez), errores RFC 9457 en español, "
            + "estado por folio sólo de sus casos y documento OpenAPI")
    void apiDeIngreso() throws Exception {
        String nss = mx.gob.imss.siade.pruebas.DatosDePrueba.nssNuevo();
        String caso = "{\"nombre\":\"Carmen Reyes Ortiz\",\"nss\":\"" + nss + "\",\"telefono\":\"8112345678\","
                + "\"asunto\":\"Gestión de pago de incapacidad\",\"resumen\":\"Remitida por el CRM\",\"ooadId\":19}";

        HttpResponse<String> sinCuenta = api("POST", "", null, "k-1", caso);
        assertEquals(401, sinCuenta.statusCode());
        assertTrue(sinCuenta.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(403, api("POST", "", "consultor", "k-1", caso).statusCode(), "una persona no usa la API");

        String clave = "crm-" + System.nanoTime();
        HttpResponse<String> alta = api("POST", "", "crm.telefonia", clave, caso);
        assertEquals(201, alta.statusCode(), alta.body());
        String folio = folioDe(alta.body());
        assertTrue(alta.headers().firstValue("Location").orElse("").endsWith("/api/v1/peticiones/" + folio));
        HttpResponse<String> otraVez = api("POST", "", "crm.telefonia", clave, caso);
        assertEquals(201, otraVez.statusCode());
        assertEquals(folio, folioDe(otraVez.body()), "la misma clave, el mismo caso");
        HttpResponse<String> otroContenido = api("POST", "", "crm.telefonia", clave, caso.replace("incapacidad", "pensión"));
        assertEquals(422, otroContenido.statusCode(), otroContenido.body());

        HttpResponse<String> invalido = api("POST", "", "crm.telefonia", "crm-mal-" + System.nanoTime(),
                "{\"nombre\":\"Sin datos\",\"nss\":\"12345678901\",\"asunto\":\"x\"}");
        assertEquals(400, invalido.statusCode());
        assertTrue(invalido.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(invalido.body().contains("\"campo\":\"nss\"") && invalido.body().contains("dígito verificador"),
                invalido.body());
        assertTrue(invalido.body().contains("\"campo\":\"telefono\""), "sin teléfono ni correo: " + invalido.body());
        assertEquals(400, api("POST", "", "crm.telefonia", "crm-json-" + System.nanoTime(), "{no es json").statusCode());
        assertEquals(400, api("POST", "", "crm.telefonia", null, caso).statusCode(), "sin Idempotency-Key");

        // Eight simultaneous calls with one key: one case.
        String simultanea = "crm-par-" + System.nanoTime();
        String otroCaso = caso.replace(nss, mx.gob.imss.siade.pruebas.DatosDePrueba.nssNuevo());
        ExecutorService hilos = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> llamadas = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                llamadas.add(hilos.submit(() -> api("POST", "", "crm.telefonia", simultanea, otroCaso)));
            }
            java.util.Set<String> folios = new java.util.HashSet<>();
            for (Future<HttpResponse<String>> f : llamadas) {
                HttpResponse<String> r = f.get();
                assertEquals(201, r.statusCode(), r.body());
                folios.add(folioDe(r.body()));
            }
            assertEquals(1, folios.size(), "un solo caso: " + folios);
        } finally {
            hilos.shutdownNow();
        }

        HttpResponse<String> estado = api("GET", "/" + folio, "crm.telefonia", null, null);
        assertEquals(200, estado.statusCode());
        assertTrue(estado.body().contains("\"estado\":\"Registrada\""), estado.body());
        String ajeno = new Sembrador(base).caso("REGISTRADA", "CORRESPONDENCIA");
        HttpResponse<String> noSuyo = api("GET", "/" + ajeno, "crm.telefonia", null, null);
        assertEquals(404, noSuyo.statusCode(), "sólo los casos que envió esta cuenta");
        assertTrue(noSuyo.body().contains("No hay un caso con el folio"), noSuyo.body());

        // The case is in Gestión's Anexo 19, exported as the screen shows it for each role.
        String rango = "bitacoras-gestion/exportar?libro=ATENCION_TELEFONICA&desde=" + java.time.LocalDate.now().minusDays(2) + "&hasta="
                + java.time.LocalDate.now().plusDays(1);
        SesionHttp gestion = new SesionHttp(base);
        gestion.entrar("gestion", CONTRASENA);
        HttpResponse<byte[]> csv = gestion.getBytes(rango + "&formato=csv");
        assertEquals(200, csv.statusCode());
        String textoCsv = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(textoCsv.contains("\"" + folio + "\"") && textoCsv.contains(nss) && textoCsv.contains("CRM (API)"), textoCsv);
        HttpResponse<byte[]> xlsx = gestion.getBytes(rango + "&formato=xlsx");
        assertEquals(200, xlsx.statusCode());
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook libro = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx.body()))) {
            org.apache.poi.ss.usermodel.Sheet hoja = libro.getSheet("Anexo 19");
            boolean esta = false;
            for (org.apache.poi.ss.usermodel.Row fila : hoja) {
                esta |= fila.getCell(0) != null && folio.equals(fila.getCell(0).getStringCellValue());
            }
            assertTrue(esta, "el XLSX abre y trae el caso");
        }
        // A case another instancia remitted is in the Anexo 18, not the 19; its XLSX opens and has it.
        String deInstancia = new Sembrador(base).casoDeInstancia("CNDH");
        String rango18 = rango.replace("libro=ATENCION_TELEFONICA", "libro=CASOS_DE_INSTANCIAS");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook libro = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(gestion.getBytes(rango18 + "&formato=xlsx").body()))) {
            org.apache.poi.ss.usermodel.Sheet hoja = libro.getSheet("Anexo 18");
            boolean esta = false;
            for (org.apache.poi.ss.usermodel.Row fila : hoja) {
                esta |= fila.getCell(0) != null && deInstancia.equals(fila.getCell(0).getStringCellValue());
            }
            assertTrue(esta, "el XLSX del Anexo 18 abre y trae el caso de la CNDH");
        }
        assertFalse(new String(gestion.getBytes(rango + "&formato=csv").body(), java.nio.charset.StandardCharsets.UTF_8)
                .contains(deInstancia), "no está en el Anexo 19");
        HttpResponse<byte[]> pdf18 = gestion.getBytes(rango18 + "&formato=pdf");
        assertEquals(200, pdf18.statusCode());
        assertEquals("%PDF", new String(pdf18.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        HttpResponse<byte[]> formato = gestion.getBytes("gestion/formato?folio=" + deInstancia + "&anexo=16");
        assertEquals(200, formato.statusCode());
        assertEquals("%PDF", new String(formato.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(400, gestion.getBytes("gestion/formato?folio=" + deInstancia + "&anexo=99").statusCode());
        assertEquals(400, gestion.getBytes(rango.replace("ATENCION_TELEFONICA", "OTRO") + "&formato=csv").statusCode());

        SesionHttp titular = new SesionHttp(base);
        titular.entrar("titular.dac", CONTRASENA);
        String csvTitular = new String(titular.getBytes(rango + "&formato=csv").body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(csvTitular.contains(folio) && !csvTitular.contains(nss), "enmascarado para la titular");
        SesionHttp deOtraArea = new SesionHttp(base);
        deOtraArea.entrar("consultor", CONTRASENA);
        assertEquals(403, deOtraArea.getBytes(rango + "&formato=csv").statusCode(), "Correspondencia no la lee");
        assertEquals(403, deOtraArea.getBytes("gestion/formato?folio=" + deInstancia + "&anexo=16").statusCode(),
                "ni imprime sus formatos");

        HttpResponse<String> openapi = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + desplegada.getPort() + "/openapi")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("v1/peticiones") && openapi.body().contains("Idempotency-Key"), openapi.body());
    }

    @Test
    @DisplayName("La consulta pública muestra el estado con folio y código, nada personal; folio inexistente y código "
            + "erróneo reciben la misma respuesta; una serie de intentos desde una dirección se frena")
    void consultaPublicaSinEnumeracion() throws Exception {
        String[] caso = new Sembrador(base).casoConCodigo("DERIVADA", "CORRESPONDENCIA");
        String folio = caso[0];
        String codigo = caso[1];
        assertTrue(codigo.matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"), codigo);
        HttpClient cliente = HttpClient.newHttpClient();
        java.util.function.Function<String, String> consultar = consulta -> {
            try {
                HttpResponse<String> r = cliente.send(HttpRequest.newBuilder(URI.create(base + "consulta.xhtml?" + consulta))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), consulta);
                return r.body();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        String bien = consultar.apply("folio=" + folio + "&codigo=" + codigo.toLowerCase(java.util.Locale.ROOT));
        assertTrue(bien.contains("id=\"rEstado\">Derivada"), bien);
        assertTrue(bien.contains("La turnamos al área responsable"), bien);
        assertFalse(bien.contains("Persona de prueba"), "sin nombre");
        assertFalse(bien.contains("Calle de Prueba") || bien.contains("5512345678"), "sin domicilio ni teléfono");

        String noEncontrada = "No encontramos una petición con ese folio y ese código";
        String codigoErroneo = consultar.apply("folio=" + folio + "&codigo=AAAA-BBBB-CCCC");
        String folioInexistente = consultar.apply("folio=2026-9999999-9&codigo=" + codigo);
        String folioMalformado = consultar.apply("folio=basura&codigo=" + codigo);
        for (String respuesta : List.of(codigoErroneo, folioInexistente, folioMalformado)) {
            assertTrue(respuesta.contains(noEncontrada), respuesta);
            assertFalse(respuesta.contains("rEstado"), "nada del caso");
        }
        // An enumeration run: one address trying codes is slowed down with a clear message.
        String ultima = "";
        for (int i = 0; i < 12; i++) {
            ultima = consultar.apply("folio=" + folio + "&codigo=ZZZZ-ZZZZ-ZZ" + String.format("%02d", i));
        }
        assertTrue(ultima.contains("Demasiadas consultas desde su dirección"), ultima);
        assertFalse(consultar.apply("folio=" + folio + "&codigo=" + codigo).contains("rEstado"),
                "mientras espera, ni el código correcto responde");
    }

    @Test
    @DisplayName("El PDF de un oficio llega con el domicilio a quien lo ve en pantalla y enmascarado a titular y administrador")
    void oficioEnmascaradoParaQuienVeDatosOcultos() throws Exception {
        String[] sembrado = new Sembrador(base).casoConOficio("DERIVADA", "CORRESPONDENCIA");
        String url = "documentos/contenido?id=" + sembrado[1];
        String domicilio = "Calle de Prueba 1"; // DatosDePrueba's address, merged into the oficio de notificación
        for (String usuario : List.of("correspondencia", "supervisor", "juridico", "titular.dac", "admin")) {
            SesionHttp sesion = new SesionHttp(base);
            sesion.entrar(usuario, CONTRASENA);
            HttpResponse<byte[]> r = sesion.getBytes(url);
            assertEquals(200, r.statusCode(), usuario);
            assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse(""), usuario);
            String texto;
            try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(r.body())) {
                texto = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            }
            assertTrue(texto.contains(sembrado[0]), usuario + ": " + texto);
            boolean oculto = usuario.equals("titular.dac") || usuario.equals("admin");
            assertEquals(!oculto, texto.contains(domicilio), usuario + ": " + texto);
            assertEquals(oculto, texto.contains("datos personales de la persona usuaria están ocultos"), usuario + ": " + texto);
        }
    }

    @Test
    @DisplayName("Una pantalla que el rol no usa responde 403 con una página en español y el menú no la ofrece")
    void pantallaNoPermitidaResponde403() throws Exception {
        Map<String, List<String>> prohibidas = Map.of(
                "consultor", List.of("recepcion.xhtml", "plantillas-oficio.xhtml", "plazos.xhtml", "seguridad.xhtml"),
                "admin", List.of("recepcion.xhtml"),
                "juridico", List.of("recepcion.xhtml", "correos.xhtml", "plazos.xhtml"));
        for (Map.Entry<String, List<String>> caso : prohibidas.entrySet()) {
            SesionHttp sesion = new SesionHttp(base);
            sesion.entrar(caso.getKey(), CONTRASENA);
            for (String pantalla : caso.getValue()) {
                HttpResponse<String> r = sesion.get(pantalla);
                assertEquals(403, r.statusCode(), caso.getKey() + " " + pantalla);
                assertTrue(r.body().contains("Su rol no puede usar esta pantalla"), caso.getKey() + " " + pantalla);
                assertTrue(r.body().contains("Volver a la bandeja"), caso.getKey() + " " + pantalla);
            }
            String bandeja = sesion.get("bandeja.xhtml").body();
            for (String pantalla : caso.getValue()) {
                assertTrue(!bandeja.contains("/" + pantalla), caso.getKey() + " ve en el menú " + pantalla);
            }
        }
        SesionHttp admin = new SesionHttp(base);
        admin.entrar("admin", CONTRASENA);
        HttpResponse<String> seguridad = admin.get("seguridad.xhtml");
        assertEquals(200, seguridad.statusCode());
        assertTrue(seguridad.body().contains("Cuentas y direcciones bloqueadas"), seguridad.body());
    }

    @Test
    @DisplayName("/health responde sin sesión para el balanceador; /metrics pide usuario con rol de métricas")
    void metricasConRolSaludAbierta() throws Exception {
        java.net.http.HttpClient cliente = java.net.http.HttpClient.newHttpClient();
        java.net.URI raiz = java.net.URI.create(base).resolve("/");
        HttpResponse<String> salud = cliente.send(java.net.http.HttpRequest.newBuilder(raiz.resolve("health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, salud.statusCode(), salud.body());
        HttpResponse<String> metricas = cliente.send(java.net.http.HttpRequest.newBuilder(raiz.resolve("metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(metricas.statusCode() == 401 || metricas.statusCode() == 403, "sin usuario: " + metricas.statusCode());
        // Nor with an application session: the application's users are not the scraper's.
        SesionHttp admin = new SesionHttp(base);
        admin.entrar("admin", CONTRASENA);
        int conSesion = admin.getAbsoluto(raiz.resolve("metrics")).statusCode();
        assertTrue(conSesion == 401 || conSesion == 403, "admin de la aplicación: " + conSesion);
    }

    /** Runs config/siade-admin.sh against this server as {@code usuario}; answers exit code and output. */
    private String[] administrar(String usuario, String orden) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", java.nio.file.Path.of("..", "config", "siade-admin.sh").toString(), orden)
                .redirectErrorStream(true);
        pb.environment().put("SIADE_URL", base.replaceAll("/$", ""));
        pb.environment().put("SIADE_USUARIO", usuario);
        pb.environment().put("SIADE_CONTRASENA", CONTRASENA);
        Process p = pb.start();
        String salida = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), salida);
        return new String[] {String.valueOf(p.exitValue()), salida};
    }

    @Test
    @DisplayName("La línea de comandos del administrador: verifica las cadenas, reconstruye el índice con su avance y "
            + "cuenta la cola de OCR; otro rol recibe un mensaje claro y la API de administración le responde 403")
    void lineaDeComandosDelAdministrador() throws Exception {
        String[] cadenas = administrar("admin", "verificar-cadenas");
        assertEquals("0", cadenas[0], cadenas[1]);
        assertTrue(cadenas[1].contains("están íntegras"), cadenas[1]);
        String[] indice = administrar("admin", "reconstruir-indice");
        assertEquals("0", indice[0], indice[1]);
        assertTrue(indice[1].contains("Índice reconstruido"), indice[1]);
        String[] ocr = administrar("admin", "ocr");
        assertEquals("0", ocr[0], ocr[1]);
        assertTrue(ocr[1].contains("PENDIENTE: ") && ocr[1].contains("TERMINADO: "), ocr[1]);
        String[] consultor = administrar("consultor", "verificar-cadenas");
        assertEquals("1", consultor[0]);
        assertTrue(consultor[1].contains("no es administrador"), consultor[1]);
        HttpRequest integracion = HttpRequest.newBuilder(URI.create(base + "api/v1/admin/cadenas/verificacion"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        ("crm.telefonia:" + CONTRASENA).getBytes(java.nio.charset.StandardCharsets.UTF_8))).build();
        assertEquals(403, HttpClient.newHttpClient().send(integracion, HttpResponse.BodyHandlers.ofString()).statusCode(),
                "la cuenta de integración no administra");
    }
}
