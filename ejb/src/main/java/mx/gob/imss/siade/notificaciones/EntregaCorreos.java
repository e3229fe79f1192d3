package mx.gob.imss.siade.notificaciones;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import mx.gob.imss.siade.infra.Secretos;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the outbox on each node every {@code siade.correo.entrega.segundos} (60 by default). In a cluster
 * every node runs it: each message is taken under its row lock, so it goes out once. Without
 * {@code siade.correo.smtp.host} (the embedded default) nothing is sent: messages stay in the outbox,
 * where staff read them.
 */
@Singleton
@Startup
@PermitAll
public class EntregaCorreos {

    private static final int POR_RONDA = 50;

    @Inject
    @ConfigProperty(name = "siade.correo.smtp.host")
    private Optional<String> host;

    @Inject
    @ConfigProperty(name = "siade.correo.smtp.puerto", defaultValue = "25")
    private int puerto;

    @Inject
    @ConfigProperty(name = "siade.correo.remitente", defaultValue = "siade-no-responder@imss.gob.mx")
    private String remitente;

    @Inject
    @ConfigProperty(name = "siade.correo.smtp.usuario")
    private Optional<String> usuario;

    @Inject
    @ConfigProperty(name = "siade.correo.smtp.contrasena")
    private Optional<String> contrasena;

    @Inject
    @ConfigProperty(name = "siade.correo.smtp.starttls", defaultValue = "false")
    private boolean starttls;

    @Inject
    @ConfigProperty(name = "siade.master.key")
    private String claveMaestra;

    @Inject
    @ConfigProperty(name = "siade.correo.entrega.segundos", defaultValue = "60")
    private long intervalo;

    @EJB
    private EntregaCorreo entrega;

    @Resource
    private TimerService temporizadores;

    @PostConstruct
    void programar() {
        long ms = Math.max(1, intervalo) * 1000;
        temporizadores.createIntervalTimer(ms, ms, new TimerConfig("Entrega de la bandeja de salida", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void cadaIntervalo() {
        servidorConfigurado().ifPresent(this::entregarPendientes);
    }

    /** Delivers what is pending to {@code servidor}; returns how many went out. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int entregarPendientes(ServidorCorreo servidor) {
        int enviados = 0;
        for (Long id : entrega.pendientes(POR_RONDA)) {
            if (entrega.entregar(id, servidor)) {
                enviados++;
            }
        }
        return enviados;
    }

    private Optional<ServidorCorreo> servidorConfigurado() {
        return host.filter(h -> !h.isBlank()).map(h -> new ServidorCorreo(h, puerto, remitente, usuario.orElse(null),
                contrasena.map(c -> new Secretos(claveMaestra).valor(c)).orElse(null), starttls));
    }
}
