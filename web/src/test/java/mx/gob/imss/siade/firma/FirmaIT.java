package mx.gob.imss.siade.firma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mx.gob.imss.siade.bitacora.EventoBitacora;
import mx.gob.imss.siade.consulta.Expediente;
import mx.gob.imss.siade.consulta.ExpedienteService;
import mx.gob.imss.siade.documentos.DocumentoService;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.oficios.EstadoOficio;
import mx.gob.imss.siade.oficios.EstadoRubrica;
import mx.gob.imss.siade.oficios.Oficio;
import mx.gob.imss.siade.oficios.OficioNoEnviableException;
import mx.gob.imss.siade.oficios.OficioService;
import mx.gob.imss.siade.oficios.PapelRubrica;
import mx.gob.imss.siade.oficios.Rubrica;
import mx.gob.imss.siade.oficios.RubricaRechazadaException;
import mx.gob.imss.siade.oficios.RubricaService;
import mx.gob.imss.siade.oficios.VersionOficio;
import mx.gob.imss.siade.pruebas.ComoAdmin;
import mx.gob.imss.siade.pruebas.ComoConsultor;
import mx.gob.imss.siade.pruebas.ComoCorrespondencia;
import mx.gob.imss.siade.pruebas.ComoJefe;
import mx.gob.imss.siade.pruebas.ComoSuplente;
import mx.gob.imss.siade.pruebas.ComoSupervisor;
import mx.gob.imss.siade.pruebas.ComoTitularCao;
import mx.gob.imss.siade.pruebas.ComoTitularDac;
import mx.gob.imss.siade.pruebas.Despliegue;
import mx.gob.imss.siade.pruebas.OficiosDePrueba;
import mx.gob.imss.siade.seguridad.AccesoDenegadoException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The signing side in the container: rúbricas in order with a return and a rewrite (versions kept),
 * the Titular DAC signs with the demo e.firma (PAdES B-LT that poppler's pdfsig and DSS both accept,
 * one changed byte caught by both), the refusals that change nothing, a batch of 20 with one bad
 * oficio, two signatures of one oficio at once, the suplente during an absence, the oficio to an
 * Órgano normativo (Titular DAC's rúbrica, Titular CAO's signature), and the public verification.
 */
@ExtendWith(ArquillianExtension.class)
class FirmaIT {

    @Deployment
    static WebArchive despliegue() {
        return Despliegue.conEjecutoresDeRol();
    }

    @EJB private OficiosDePrueba preparados;
    @EJB private RubricaService rubricas;
    @EJB private OficioService oficios;
    @EJB private PortafirmasService portafirmas;
    @EJB private FirmaService firmas;
    @EJB private AusenciaService ausencias;
    @EJB private VerificacionService verificacion;
    @EJB private ExpedienteService expedientes;
    @EJB private DocumentoService documentos;
    @EJB private ComoConsultor comoConsultor;
    @EJB private ComoCorrespondencia comoCorrespondencia;
    @EJB private ComoSupervisor comoSupervisor;
    @EJB private ComoJefe comoJefe;
    @EJB private ComoTitularDac comoTitularDac;
    @EJB private ComoTitularCao comoTitularCao;
    @EJB private ComoSuplente comoSuplente;
    @EJB private ComoAdmin comoAdmin;
    @Inject private PkiDemo pki;
    @Inject private ConfianzaFirma confianza;
    @Resource private ManagedExecutorService ejecutor;

    private List<PortafirmasService.Resultado> firmarComo(mx.gob.imss.siade.pruebas.EjecutorConRol quien, String efirma,
                                                         String contrasena, List<Long> ids) throws Exception {
        return quien.ejecutar(() -> portafirmas.firmarLote(ids, pki.leer(efirma + ".cer"), pki.leer(efirma + ".key"),
                contrasena.toCharArray(), n -> { }));
    }

    private Oficio actual(Oficio o) throws Exception {
        Expediente e = comoSupervisor.ejecutar(() -> expedientes.abrir(o.getPeticion().getFolio()));
        return e.oficios().stream().filter(x -> x.getId().equals(o.getId())).findFirst().orElseThrow();
    }

    private byte[] contenido(long idDocumento) throws Exception {
        ByteArrayOutputStream salida = new ByteArrayOutputStream();
        comoSupervisor.ejecutar(() -> {
            documentos.escribirContenido(idDocumento, salida);
            return null;
        });
        return salida.toByteArray();
    }

    private List<EventoBitacora> bitacora(Oficio o) throws Exception {
        return comoSupervisor.ejecutar(() -> expedientes.abrir(o.getPeticion().getFolio())).bitacora();
    }

    /** poppler's verdict on a file: "Signature is Valid." and "Certificate is Trusted." with the demo CA in an NSS db. */
    private String pdfsig(byte[] pdf) throws Exception {
        Path dir = Files.createTempDirectory("pdfsig");
        Path nss = Files.createDirectory(dir.resolve("nss"));
        Files.write(dir.resolve("ac.cer"), pki.leer("ac-demo.cer"));
        Path archivo = Files.write(dir.resolve("oficio.pdf"), pdf);
        ejecutar("certutil", "-N", "-d", "sql:" + nss, "--empty-password");
        ejecutar("certutil", "-A", "-d", "sql:" + nss, "-n", "AC demo", "-t", "C,C,C", "-i", dir.resolve("ac.cer").toString());
        return ejecutar("pdfsig", "-nssdir", "sql:" + nss, archivo.toString());
    }

    private static String ejecutar(String... comando) throws Exception {
        Process proceso = new ProcessBuilder(comando).redirectErrorStream(true).start();
        String salida = new String(proceso.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(proceso.waitFor(60, TimeUnit.SECONDS), String.join(" ", comando));
        return salida;
    }

    @Test
    @DisplayName("Rúbricas en orden, devolución y nueva versión; firma B-LT que pdfsig y DSS aceptan; verificación pública")
    void cadenaCompletaFirmaYVerificacion() throws Exception {
        Oficio borrador = preparados.borrador();
        assertEquals("error.oficio.noEnviable", assertThrows(OficioNoEnviableException.class,
                () -> comoConsultor.ejecutar(() -> oficios.marcarEnviado(borrador.getId()))).clave(), "sin firma no sale");

        Oficio turnado = comoConsultor.ejecutar(() -> rubricas.turnarARubrica(borrador.getId()));
        assertEquals(EstadoOficio.EN_RUBRICA, turnado.getEstado());
        List<Rubrica> cadena = comoConsultor.ejecutar(() -> rubricas.rubricas(borrador.getId()));
        assertEquals(List.of(PapelRubrica.REDACCION, PapelRubrica.JEFE_AREA), cadena.stream().map(Rubrica::getPapel).toList());
        assertEquals(List.of("consultor", "jefe"), cadena.stream().map(r -> r.getUsuario().getNombreUsuario()).toList());
        assertEquals(EstadoRubrica.RUBRICADA, cadena.get(0).getEstado(), "turnarlo es la rúbrica de quien lo redactó");
        assertEquals("titular.dac", turnado.getFirmante().getNombreUsuario());

        // Not the consultor's turn any more; the jefe sees it pending, returns it with an observación.
        assertInstanceOf(AccesoDenegadoException.class, assertThrows(Exception.class,
                () -> comoConsultor.ejecutar(() -> rubricas.rubricar(borrador.getId()))));
        assertTrue(comoJefe.ejecutar(() -> portafirmas.porRubricar()).stream().anyMatch(o -> o.getId().equals(borrador.getId())));
        assertEquals("error.rubrica.sinObservacion", assertThrows(RubricaRechazadaException.class,
                () -> comoJefe.ejecutar(() -> rubricas.devolver(borrador.getId(), "  "))).clave());
        Oficio devuelto = comoJefe.ejecutar(() -> rubricas.devolver(borrador.getId(), "Corregir el plazo"));
        assertEquals(EstadoOficio.BORRADOR, devuelto.getEstado());

        long pdfVersion1 = devuelto.getDocumento().getId();
        assertEquals("error.plantilla.html", assertThrows(mx.gob.imss.siade.infra.PlantillaRechazadaException.class,
                () -> comoConsultor.ejecutar(() -> rubricas.reescribir(borrador.getId(), "Asunto", "<p>sin cerrar"))).clave());
        assertEquals(1, actual(borrador).getVersionTexto(), "un texto rechazado no cambia nada");
        Oficio reescrito = comoConsultor.ejecutar(() -> rubricas.reescribir(borrador.getId(), devuelto.getAsunto(),
                devuelto.getCuerpo() + "<p>Plazo corregido.</p>"));
        assertEquals(2, reescrito.getVersionTexto());
        List<VersionOficio> versiones = comoConsultor.ejecutar(() -> rubricas.versiones(borrador.getId()));
        assertEquals(1, versiones.size());
        assertEquals(pdfVersion1, versiones.get(0).getDocumento().getId(), "el PDF anterior sigue en el expediente");
        assertFalse(versiones.get(0).getCuerpo().contains("Plazo corregido"));

        comoConsultor.ejecutar(() -> rubricas.turnarARubrica(borrador.getId()));
        Oficio porFirmar = comoJefe.ejecutar(() -> rubricas.rubricar(borrador.getId()));
        assertEquals(EstadoOficio.POR_FIRMAR, porFirmar.getEstado());
        List<Rubrica> todas = comoConsultor.ejecutar(() -> rubricas.rubricas(borrador.getId()));
        assertEquals(4, todas.size(), "la ronda devuelta queda como estaba");
        assertEquals("Corregir el plazo", todas.get(1).getObservacion());
        assertEquals(EstadoRubrica.RECHAZADA, todas.get(1).getEstado());

        assertTrue(comoTitularDac.ejecutar(() -> portafirmas.porFirmar()).stream()
                .anyMatch(p -> p.oficio().getId().equals(borrador.getId()) && p.suplenciaDe() == null));
        List<PortafirmasService.Resultado> r = firmarComo(comoTitularDac, "titular.dac", PkiDemo.CONTRASENA,
                List.of(borrador.getId()));
        assertTrue(r.get(0).firmado(), r.toString());

        Oficio firmado = actual(borrador);
        assertEquals(EstadoOficio.FIRMADO, firmado.getEstado());
        byte[] pdf = contenido(firmado.getDocumento().getId());
        assertEquals(mx.gob.imss.siade.documentos.Digitalizacion.sha256(pdf), firmado.getDocumento().getSha256());
        String poppler = pdfsig(pdf);
        assertTrue(poppler.contains("Signature is Valid."), poppler);
        assertTrue(poppler.contains("Certificate is Trusted."), poppler);
        ValidadorPdf.Veredicto dss = ValidadorPdf.validar(pdf, confianza.verificadorDss());
        assertEquals("TOTAL_PASSED", dss.indicacion(), dss.explicacion());

        byte[] alterado = pdf.clone();
        int i = new String(pdf, StandardCharsets.ISO_8859_1).indexOf("/Contents");
        alterado[i - 300] ^= 0x01;
        String popplerAlterado = pdfsig(alterado);
        assertFalse(popplerAlterado.contains("Signature is Valid."), popplerAlterado);
        assertFalse(ValidadorPdf.validar(alterado, confianza.verificadorDss()).valida());

        assertTrue(bitacora(borrador).stream().anyMatch(b -> b.getDescripcion().contains("firmado electrónicamente")));
        comoConsultor.ejecutar(() -> oficios.marcarEnviado(borrador.getId()));
        assertEquals(EstadoOficio.ENVIADO, actual(borrador).getEstado());

        // Public verification: folio + code; a wrong code finds nothing; the PDF itself is valid and identical.
        FirmaOficio registro = comoTitularDac.ejecutar(() -> firmas.deOficio(borrador.getId())).orElseThrow();
        String codigo = registro.getCodigoVerificacion();
        assertEquals(16, codigo.length());
        VerificacionService.Constancia constancia = verificacion.consultar(firmado.getFolioOficio(),
                codigo.substring(0, 4) + "-" + codigo.substring(4).toLowerCase(), "10.0.0.1").constancia().orElseThrow();
        assertEquals("Patricia Flores Méndez", constancia.firmante());
        assertEquals(firmado.getDocumento().getSha256(), constancia.sha256());
        assertTrue(verificacion.consultar(firmado.getFolioOficio(), "0000000000000000", "10.0.0.1").constancia().isEmpty());
        VerificacionService.Revision revision = verificacion.revisar(pdf, "10.0.0.1");
        assertTrue(revision.veredicto().valida(), revision.veredicto().explicacion());
        assertEquals(firmado.getFolioOficio(), revision.identicoA().orElseThrow());
        VerificacionService.Revision mala = verificacion.revisar(alterado, "10.0.0.1");
        assertFalse(mala.veredicto().valida());
        assertTrue(mala.identicoA().isEmpty());
    }

    @Test
    @DisplayName("Contraseña equivocada, certificado ajeno, vencido o revocado: rechazo en español y nada cambia")
    void rechazosSinCambios() throws Exception {
        Oficio o = preparados.porFirmar();
        assertEquals("error.firma.contrasena", assertThrows(FirmaRechazadaException.class,
                () -> firmarComo(comoTitularDac, "titular.dac", "equivocada", List.of(o.getId()))).clave());
        assertEquals("error.firma.noEsSuyo", assertThrows(FirmaRechazadaException.class,
                () -> firmarComo(comoTitularDac, "titular.cao", PkiDemo.CONTRASENA, List.of(o.getId()))).clave());
        assertEquals("error.firma.vencido", assertThrows(FirmaRechazadaException.class,
                () -> firmarComo(comoTitularDac, "vencido", PkiDemo.CONTRASENA, List.of(o.getId()))).clave());
        assertEquals("error.firma.revocado", assertThrows(FirmaRechazadaException.class,
                () -> firmarComo(comoTitularDac, "revocado", PkiDemo.CONTRASENA, List.of(o.getId()))).clave());
        Oficio igual = actual(o);
        assertEquals(EstadoOficio.POR_FIRMAR, igual.getEstado());
        assertEquals(o.getDocumento().getId(), igual.getDocumento().getId());
        assertTrue(comoTitularDac.ejecutar(() -> firmas.deOficio(o.getId())).isEmpty());
        // The jefe is no signer of this oficio: refused by the policy, whatever their e.firma.
        assertInstanceOf(AccesoDenegadoException.class, assertThrows(Exception.class,
                () -> comoJefe.ejecutar(() -> firmas.firmar(o.getId(), CredencialFirma.abrir(pki.leer("titular.dac.cer"),
                        pki.leer("titular.dac.key"), PkiDemo.CONTRASENA.toCharArray()), null))));
    }

    @Test
    @DisplayName("Lote de 20 con uno que no está por firmar: 19 firmados, 1 explicado; repetirlo no firma dos veces")
    void loteConUnoMalo() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 19; i++) {
            ids.add(preparados.porFirmar().getId());
        }
        long malo = preparados.enRubrica().getId(); // still awaiting the jefe's rúbrica
        ids.add(7, malo);
        List<PortafirmasService.Resultado> r = firmarComo(comoTitularDac, "titular.dac", PkiDemo.CONTRASENA, ids);
        assertEquals(20, r.size());
        assertEquals(19, r.stream().filter(PortafirmasService.Resultado::firmado).count(), r.toString());
        PortafirmasService.Resultado rechazado = r.stream().filter(x -> !x.firmado()).findFirst().orElseThrow();
        assertEquals(malo, rechazado.idOficio());
        assertEquals("error.rubrica.estado", rechazado.clave());
        List<PortafirmasService.Resultado> otraVez = firmarComo(comoTitularDac, "titular.dac", PkiDemo.CONTRASENA, ids);
        assertEquals(0, otraVez.stream().filter(PortafirmasService.Resultado::firmado).count(), "nada se firma dos veces");
    }

    @Test
    @DisplayName("Dos firmas del mismo oficio a la vez: exactamente una")
    void dosFirmasALaVez() throws Exception {
        long id = preparados.porFirmar().getId();
        List<Future<List<PortafirmasService.Resultado>>> intentos = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            intentos.add(ejecutor.submit(() -> firmarComo(comoTitularDac, "titular.dac", PkiDemo.CONTRASENA, List.of(id))));
        }
        int firmados = 0;
        for (Future<List<PortafirmasService.Resultado>> f : intentos) {
            firmados += (int) f.get(120, TimeUnit.SECONDS).stream().filter(PortafirmasService.Resultado::firmado).count();
        }
        assertEquals(1, firmados);
        assertNotNull(comoTitularDac.ejecutar(() -> firmas.deOficio(id)).orElseThrow());
    }

    @Test
    @DisplayName("En la ausencia de la titular firma su suplente «en suplencia»; fuera de las fechas no; sin traslapes")
    void suplencia() throws Exception {
        LocalDate hoy = LocalDate.now(Tiempo.ZONA_MEXICO);
        Oficio o = preparados.porFirmar();
        // An absence that starts tomorrow has no effect today.
        Ausencia manana = comoAdmin.ejecutar(() -> ausencias.registrar("titular.dac", "suplente", hoy.plusDays(1),
                hoy.plusDays(3), "Comisión"));
        assertTrue(comoSuplente.ejecutar(() -> portafirmas.porFirmar()).isEmpty());
        assertEquals("error.ausencia.traslape", assertThrows(FirmaRechazadaException.class,
                () -> comoAdmin.ejecutar(() -> ausencias.registrar("titular.dac", "suplente", hoy.plusDays(3),
                        hoy.plusDays(5), null))).clave());
        assertEquals("error.ausencia.soloPropia", assertThrows(FirmaRechazadaException.class,
                () -> comoTitularCao.ejecutar(() -> ausencias.registrar("titular.dac", "suplente", hoy, hoy, null))).clave());
        PortafirmasService.Resultado fuera = firmarComo(comoSuplente, "suplente", PkiDemo.CONTRASENA, List.of(o.getId()))
                .get(0);
        assertFalse(fuera.firmado());
        assertEquals("error.acceso.caso", fuera.clave(), "fuera de las fechas el suplente no firma");

        Ausencia vigente = comoTitularDac.ejecutar(() -> ausencias.registrar("titular.dac", "suplente", hoy, hoy,
                "Vacaciones"));
        try {
            assertTrue(comoSuplente.ejecutar(() -> portafirmas.porFirmar()).stream()
                    .anyMatch(p -> p.oficio().getId().equals(o.getId()) && "Patricia Flores Méndez".equals(p.suplenciaDe())));
            List<PortafirmasService.Resultado> r = firmarComo(comoSuplente, "suplente", PkiDemo.CONTRASENA, List.of(o.getId()));
            assertTrue(r.get(0).firmado(), r.toString());
            FirmaOficio firma = comoTitularDac.ejecutar(() -> firmas.deOficio(o.getId())).orElseThrow();
            assertTrue(firma.isEnSuplencia());
            assertEquals("titular.dac", firma.getTitular().getNombreUsuario());
            assertTrue(bitacora(o).stream().anyMatch(b -> b.getDescripcion().contains("en suplencia por ausencia de Patricia")));
            assertTrue(verificacion.consultar(o.getFolioOficio(), firma.getCodigoVerificacion(), "10.0.0.2").constancia()
                    .orElseThrow().suplenciaDe().contains("Patricia"));
        } finally {
            comoAdmin.ejecutar(() -> {
                ausencias.cancelar(vigente.getId());
                ausencias.cancelar(manana.getId());
                return null;
            });
        }
    }

    @Test
    @DisplayName("Oficio a un Órgano normativo: rubrica la Titular DAC y firma el Titular CAO")
    void organoNormativo() throws Exception {
        Oficio o = preparados.organoNormativoPorFirmar();
        assertTrue(o.isOrganoNormativo());
        assertEquals("titular.cao", o.getFirmante().getNombreUsuario());
        List<Rubrica> cadena = comoSupervisor.ejecutar(() -> rubricas.rubricas(o.getId()));
        assertEquals(List.of(PapelRubrica.REDACCION, PapelRubrica.JEFE_AREA, PapelRubrica.TITULAR_DAC),
                cadena.stream().map(Rubrica::getPapel).toList());
        assertTrue(comoTitularDac.ejecutar(() -> portafirmas.porFirmar()).stream().noneMatch(p -> p.oficio().getId()
                .equals(o.getId())), "no es de la Titular DAC");
        List<PortafirmasService.Resultado> r = firmarComo(comoTitularCao, "titular.cao", PkiDemo.CONTRASENA, List.of(o.getId()));
        assertTrue(r.get(0).firmado(), r.toString());
    }
}
