package mx.gob.imss.siade.derivacion;

import static mx.gob.imss.siade.pruebas.ArchivosDePrueba.enMemoria;
import static mx.gob.imss.siade.pruebas.ArchivosDePrueba.pdf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mx.gob.imss.siade.bitacora.TipoEventoBitacora;
import mx.gob.imss.siade.consulta.Expediente;
import mx.gob.imss.siade.consulta.ExpedienteService;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.notificaciones.CorreoSaliente;
import mx.gob.imss.siade.notificaciones.CorreoService;
import mx.gob.imss.siade.notificaciones.EntregaCorreos;
import mx.gob.imss.siade.notificaciones.EstadoCorreo;
import mx.gob.imss.siade.notificaciones.ServidorCorreo;
import mx.gob.imss.siade.personas.DatosPersonales;
import mx.gob.imss.siade.personas.TipoPersonaUsuaria;
import mx.gob.imss.siade.peticion.EstadoPeticion;
import mx.gob.imss.siade.peticion.MedioCaptacion;
import mx.gob.imss.siade.peticion.MotivoConclusion;
import mx.gob.imss.siade.peticion.NuevaPeticion;
import mx.gob.imss.siade.oficios.Oficio;
import mx.gob.imss.siade.oficios.OficioNoEnviableException;
import mx.gob.imss.siade.oficios.OficioService;
import mx.gob.imss.siade.oficios.TipoOficio;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.peticion.PeticionModificadaException;
import mx.gob.imss.siade.peticion.PeticionService;
import mx.gob.imss.siade.peticion.TipoPeticion;
import mx.gob.imss.siade.pruebas.ComoCorrespondencia;
import mx.gob.imss.siade.pruebas.ComoJuridico;
import mx.gob.imss.siade.pruebas.ComoSupervisor;
import mx.gob.imss.siade.pruebas.Despliegue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Routing and its follow-up in the container: queja to a CDAOD accepted, rejected then accepted,
 * Órgano normativo, OIC (concluded without follow-up), the concurrent-routing conflict, role
 * checks, and the outbox delivered to an in-process SMTP server with retries.
 */
@ExtendWith(ArquillianExtension.class)
class DerivacionIT {

    private static final long CDAOD_JALISCO = 15;
    private static final long ENLACE_DPM = 200;
    private static final long OIC = 400;

    @Deployment
    static WebArchive despliegue() {
        return Despliegue.conServidorDeCorreo();
    }

    @EJB
    private DerivacionService derivaciones;

    @EJB
    private PeticionService peticiones;

    @EJB
    private ExpedienteService expedientes;

    @EJB
    private EntregaCorreos entregaCorreos;

    @EJB
    private CorreoService correos;

    @EJB
    private ComoCorrespondencia comoCorrespondencia;

    @EJB
    private ComoSupervisor comoSupervisor;

    @EJB
    private ComoJuridico comoJuridico;

    @EJB
    private OficioService oficios;

    @Resource
    private ManagedExecutorService ejecutor;

    /** A queja registered and classified, ready to be routed. */
    private Peticion quejaEnAnalisis(String asunto) throws Exception {
        NuevaPeticion nueva = new NuevaPeticion(TipoPersonaUsuaria.DERECHOHABIENTE, "Rosa Elena Vázquez Mora",
                DatosPersonales.vacios(), MedioCaptacion.CORREO_POSTAL, "CORRESPONDENCIA", 15L, null, asunto,
                "Refiere maltrato en ventanilla", OffsetDateTime.now(Tiempo.ZONA_MEXICO).minusHours(3));
        Peticion p = comoCorrespondencia.ejecutar(() -> peticiones.registrar(nueva));
        return comoSupervisor.ejecutar(() -> peticiones.clasificar(p.getFolio(), TipoPeticion.QUEJA, p.getVersion()));
    }

    private Expediente expediente(String folio) throws Exception {
        return comoSupervisor.ejecutar(() -> expedientes.abrir(folio));
    }

    private List<CorreoSaliente> correosDe(String folio) throws Exception {
        return comoSupervisor.ejecutar(() -> correos.recientes(0, 200)).stream()
                .filter(c -> c.getPeticion() != null && folio.equals(c.getPeticion().getFolio()))
                .sorted(java.util.Comparator.comparing(CorreoSaliente::getId)).toList();
    }

    @Test
    @DisplayName("Queja a la CDAOD: se deriva con su correo (Anexo 41), llega la respuesta y se acepta")
    void quejaAceptada() throws Exception {
        Peticion p = quejaEnAnalisis("Queja aceptada");
        Derivacion d = comoSupervisor.ejecutar(() -> derivaciones.derivar(p.getFolio(), CDAOD_JALISCO,
                "Favor de atender y responder", p.getVersion()));
        assertEquals(1, d.getNumero());
        assertEquals(EstadoDerivacion.PENDIENTE, d.getEstado());
        assertNotNull(d.getFechaLimite());
        Expediente derivada = expediente(p.getFolio());
        assertEquals(EstadoPeticion.DERIVADA, derivada.peticion().getEstado());
        assertEquals(d.getFechaLimite(), derivada.peticion().getFechaLimite());
        List<CorreoSaliente> enviados = correosDe(p.getFolio());
        assertEquals(1, enviados.size());
        assertEquals("ANEXO_41", enviados.get(0).getPlantilla());
        assertEquals("enlace.cdaod.15@siade.invalid", enviados.get(0).getDestinatario());
        assertTrue(enviados.get(0).getAsunto().contains(p.getFolio()));
        assertTrue(enviados.get(0).getCuerpo().contains("Favor de atender y responder"));
        assertFalse(enviados.get(0).getCuerpo().lines().anyMatch(l -> l.strip().equals(".")),
                "sin una línea con un punto suelto: " + enviados.get(0).getCuerpo());

        long v1 = derivada.peticion().getVersion();
        comoCorrespondencia.ejecutar(() -> derivaciones.registrarRespuesta(p.getFolio(),
                "Se atendió a la persona usuaria y se corrigió el trámite", enMemoria("oficio-respuesta.pdf",
                        pdf("Oficio de respuesta firmado")), v1));
        Expediente respondida = expediente(p.getFolio());
        assertEquals(EstadoPeticion.RESPUESTA_RECIBIDA, respondida.peticion().getEstado());
        assertNotNull(respondida.derivaciones().get(0).getDocumentoRespuesta());

        long v2 = respondida.peticion().getVersion();
        comoSupervisor.ejecutar(() -> derivaciones.aceptarRespuesta(p.getFolio(), "Respuesta fundada y motivada", v2));
        Expediente concluida = expediente(p.getFolio());
        assertEquals(EstadoPeticion.CONCLUIDA, concluida.peticion().getEstado());
        assertEquals(MotivoConclusion.ATENDIDA, concluida.peticion().getMotivoConclusion());
        assertEquals(EstadoDerivacion.ACEPTADA, concluida.derivaciones().get(0).getEstado());
        assertTrue(concluida.bitacora().stream().anyMatch(e -> e.getDescripcion().contains("visto bueno")));

        // Each oficio says what fits the case: after an accepted answer, the notification of the derivation
        // and the oficio that gives the answer — never the lack-of-information conclusion (Anexo 37).
        assertEquals(List.of(TipoOficio.NOTIFICACION, TipoOficio.RESPUESTA),
                comoCorrespondencia.ejecutar(() -> oficios.tiposRedactables(p.getFolio())));
        Oficio respuesta = comoCorrespondencia.ejecutar(() -> oficios.redactar(p.getFolio(), TipoOficio.RESPUESTA, null));
        String texto = respuesta.getCuerpo().replaceAll("\\s+", " ");
        assertTrue(texto.contains("Se atendió a la persona usuaria y se corrigió el trámite"), texto);
        assertTrue(texto.contains("CDAOD Jalisco"), texto);
        assertFalse(texto.contains("falta de información"), texto);
        assertFalse(texto.contains(" .") || texto.contains(".."), "sin huecos ni puntos dobles: " + texto);
        Oficio notificacion = comoCorrespondencia.ejecutar(() -> oficios.redactar(p.getFolio(), TipoOficio.NOTIFICACION,
                null));
        assertTrue(notificacion.getCuerpo().contains("CDAOD Jalisco"), notificacion.getCuerpo());
        assertEquals("error.oficio.noAplica", assertThrows(OficioNoEnviableException.class, () -> comoCorrespondencia
                .ejecutar(() -> oficios.redactar(p.getFolio(), TipoOficio.CONCLUSION, null))).clave());
    }

    @Test
    @DisplayName("Respuesta no concluyente: se devuelve con motivo, nuevo turno contado, y después se acepta")
    void quejaRechazadaYLuegoAceptada() throws Exception {
        Peticion p = quejaEnAnalisis("Queja rechazada");
        comoSupervisor.ejecutar(() -> derivaciones.derivar(p.getFolio(), CDAOD_JALISCO, null, p.getVersion()));
        long v1 = expediente(p.getFolio()).peticion().getVersion();
        comoCorrespondencia.ejecutar(() -> derivaciones.registrarRespuesta(p.getFolio(), "Se revisará", null, v1));
        long v2 = expediente(p.getFolio()).peticion().getVersion();
        Derivacion segunda = comoSupervisor.ejecutar(() -> derivaciones.rechazarRespuesta(p.getFolio(),
                "No indica qué acciones se tomaron", v2));
        assertEquals(2, segunda.getNumero());
        Expediente devuelta = expediente(p.getFolio());
        assertEquals(EstadoPeticion.DERIVADA, devuelta.peticion().getEstado());
        assertEquals(EstadoDerivacion.RECHAZADA, devuelta.derivaciones().get(0).getEstado());
        assertEquals("No indica qué acciones se tomaron", devuelta.derivaciones().get(0).getNotaRechazo());
        assertEquals(EstadoDerivacion.PENDIENTE, devuelta.derivaciones().get(1).getEstado());
        List<CorreoSaliente> enviados = correosDe(p.getFolio());
        assertEquals(2, enviados.size());
        assertTrue(enviados.get(1).getCuerpo().contains("No indica qué acciones se tomaron"));

        long v3 = devuelta.peticion().getVersion();
        comoCorrespondencia.ejecutar(() -> derivaciones.registrarRespuesta(p.getFolio(),
                "Se reprogramó la cita y se ofreció disculpa por escrito", null, v3));
        long v4 = expediente(p.getFolio()).peticion().getVersion();
        comoSupervisor.ejecutar(() -> derivaciones.aceptarRespuesta(p.getFolio(), null, v4));
        Expediente fin = expediente(p.getFolio());
        assertEquals(EstadoPeticion.CONCLUIDA, fin.peticion().getEstado());
        assertEquals(List.of(EstadoDerivacion.RECHAZADA, EstadoDerivacion.ACEPTADA),
                fin.derivaciones().stream().map(Derivacion::getEstado).toList());
        assertTrue(fin.bitacora().stream().anyMatch(e -> e.getTipoEvento() == TipoEventoBitacora.RESPUESTA_RECHAZADA));
    }

    @Test
    @DisplayName("Órgano normativo: correo de derivación (Anexo 42) a su enlace y seguimiento de su respuesta")
    void organoNormativo() throws Exception {
        Peticion p = quejaEnAnalisis("Órgano normativo");
        comoSupervisor.ejecutar(() -> derivaciones.derivar(p.getFolio(), ENLACE_DPM, "Criterio normativo", p.getVersion()));
        assertEquals(EstadoPeticion.DERIVADA, expediente(p.getFolio()).peticion().getEstado());
        CorreoSaliente correo = correosDe(p.getFolio()).get(0);
        assertEquals("ANEXO_42", correo.getPlantilla());
        assertEquals("enlace.dpm@siade.invalid", correo.getDestinatario());
    }

    @Test
    @DisplayName("OIC: se notifica (Anexo 43) y se concluye sin seguimiento")
    void oicSinSeguimiento() throws Exception {
        Peticion p = quejaEnAnalisis("OIC");
        Derivacion d = comoSupervisor.ejecutar(() -> derivaciones.derivar(p.getFolio(), OIC, "Posible falta administrativa",
                p.getVersion()));
        assertEquals(EstadoDerivacion.NOTIFICADA, d.getEstado());
        Expediente e = expediente(p.getFolio());
        assertEquals(EstadoPeticion.CONCLUIDA, e.peticion().getEstado());
        assertEquals(MotivoConclusion.NOTIFICADA_SIN_SEGUIMIENTO, e.peticion().getMotivoConclusion());
        assertEquals("ANEXO_43", correosDe(p.getFolio()).get(0).getPlantilla());
        assertEquals(1, e.oficios().size(), "oficio de notificación a la persona usuaria (Anexo 44)");
        assertEquals(mx.gob.imss.siade.oficios.TipoOficio.NOTIFICACION, e.oficios().get(0).getTipo());
        assertTrue(e.oficios().get(0).getCuerpo().contains("Órgano Interno de Control"));
    }

    @Test
    @DisplayName("Dos supervisores derivan la misma petición a la vez: uno gana, el otro recibe aviso y nada se duplica")
    void derivacionConcurrente() throws Exception {
        Peticion p = quejaEnAnalisis("Derivación concurrente");
        Callable<Object> derivar = () -> comoSupervisor.ejecutar(() -> derivaciones.derivar(p.getFolio(), CDAOD_JALISCO,
                null, p.getVersion()));
        List<Future<Object>> intentos = new ArrayList<>();
        intentos.add(ejecutor.submit(derivar));
        intentos.add(ejecutor.submit(derivar));
        int exitos = 0;
        int rechazos = 0;
        for (Future<Object> intento : intentos) {
            try {
                intento.get(60, TimeUnit.SECONDS);
                exitos++;
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable causa = e.getCause();
                boolean conflicto = false;
                for (Throwable t = causa; t != null; t = t.getCause()) {
                    conflicto |= t instanceof PeticionModificadaException
                            || t instanceof jakarta.persistence.OptimisticLockException
                            || t instanceof java.sql.SQLIntegrityConstraintViolationException
                            || String.valueOf(t.getMessage()).contains("UK_DERIVACION_NUMERO");
                }
                assertTrue(conflicto, "rechazo inesperado: " + causa);
                rechazos++;
            }
        }
        assertEquals(1, exitos);
        assertEquals(1, rechazos);
        Expediente e = expediente(p.getFolio());
        assertEquals(1, e.derivaciones().size());
        assertEquals(1, correosDe(p.getFolio()).size());
        assertEquals(1, e.bitacora().stream().filter(ev -> ev.getTipoEvento() == TipoEventoBitacora.DERIVACION).count());
    }

    @Test
    @DisplayName("Si la transacción de la derivación falla, no quedan ni turno, ni correo, ni bitácora")
    void derivacionFallidaNoDejaCorreo() throws Exception {
        Peticion p = quejaEnAnalisis("Derivación revertida");
        assertThrows(jakarta.ejb.EJBException.class, () -> comoSupervisor.ejecutarYFallar(
                () -> derivaciones.derivar(p.getFolio(), CDAOD_JALISCO, null, p.getVersion())));
        Expediente e = expediente(p.getFolio());
        assertEquals(EstadoPeticion.EN_ANALISIS, e.peticion().getEstado());
        assertEquals(0, e.derivaciones().size());
        assertEquals(0, e.correos().size());
        assertEquals(0, correosDe(p.getFolio()).size());
        assertEquals(0, e.bitacora().stream().filter(ev -> ev.getTipoEvento() == TipoEventoBitacora.DERIVACION
                || ev.getTipoEvento() == TipoEventoBitacora.CORREO).count());
    }

    @Test
    @DisplayName("Sólo supervisión deriva; Correspondencia y Jurídico no")
    void rolesDeDerivacion() throws Exception {
        Peticion p = quejaEnAnalisis("Roles derivación");
        assertThrows(EJBAccessException.class, () -> comoCorrespondencia.ejecutar(
                () -> derivaciones.derivar(p.getFolio(), CDAOD_JALISCO, null, p.getVersion())));
        assertThrows(EJBAccessException.class, () -> comoJuridico.ejecutar(
                () -> derivaciones.derivar(p.getFolio(), CDAOD_JALISCO, null, p.getVersion())));
        assertEquals(EstadoPeticion.EN_ANALISIS, expediente(p.getFolio()).peticion().getEstado());
        assertEquals(0, correosDe(p.getFolio()).size());
    }

    @Test
    @DisplayName("La bandeja de salida entrega por SMTP después del commit y reintenta lo que falla")
    void entregaDeCorreo() throws Exception {
        Peticion p = quejaEnAnalisis("Entrega de correo");
        comoSupervisor.ejecutar(() -> derivaciones.derivar(p.getFolio(), CDAOD_JALISCO, "Con entrega", p.getVersion()));
        int puertoCerrado;
        try (ServerSocket s = new ServerSocket(0)) {
            puertoCerrado = s.getLocalPort();
        }
        ServidorCorreo caido = new ServidorCorreo("localhost", puertoCerrado, "siade@prueba.local", null, null, false);
        entregaCorreos.entregarPendientes(caido);
        CorreoSaliente fallido = correosDe(p.getFolio()).get(0);
        assertEquals(EstadoCorreo.PENDIENTE, fallido.getEstado());
        assertEquals(1, fallido.getIntentos());
        assertNotNull(fallido.getUltimoError());

        int puerto;
        try (ServerSocket s = new ServerSocket(0)) {
            puerto = s.getLocalPort();
        }
        GreenMail smtp = new GreenMail(new ServerSetup(puerto, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            entregaCorreos.entregarPendientes(new ServidorCorreo("127.0.0.1", puerto, "siade@prueba.local", null, null,
                    false));
            CorreoSaliente enviado = correosDe(p.getFolio()).get(0);
            assertEquals(EstadoCorreo.ENVIADO, enviado.getEstado());
            assertEquals(2, enviado.getIntentos());
            MimeMessage recibido = List.of(smtp.getReceivedMessages()).stream()
                    .filter(m -> {
                        try {
                            return m.getSubject().contains(p.getFolio());
                        } catch (jakarta.mail.MessagingException e) {
                            return false;
                        }
                    }).findFirst().orElseThrow();
            assertEquals("enlace.cdaod.15@siade.invalid", recibido.getAllRecipients()[0].toString());
            assertTrue(String.valueOf(recibido.getContent()).contains("Con entrega"));
            int antes = smtp.getReceivedMessages().length;
            entregaCorreos.entregarPendientes(new ServidorCorreo("127.0.0.1", puerto, "siade@prueba.local", null, null,
                    false));
            assertEquals(antes, smtp.getReceivedMessages().length, "lo enviado no se reenvía");
        } finally {
            smtp.stop();
        }
    }
}
