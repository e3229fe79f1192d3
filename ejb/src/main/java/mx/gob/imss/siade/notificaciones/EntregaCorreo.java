package mx.gob.imss.siade.notificaciones;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers outbox messages, each in a transaction of its own: the row is locked, re-checked,
 * sent, and marked; a failure is counted and retried on the next run, up to {@link #MAXIMO_INTENTOS}.
 * The row lock keeps two nodes of a cluster from sending the same message twice.
 */
@Stateless
@PermitAll
public class EntregaCorreo {

    static final int MAXIMO_INTENTOS = 5;
    private static final Logger LOG = Logger.getLogger(EntregaCorreo.class.getName());

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Inject
    private Clock reloj;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Long> pendientes(int maximo) {
        return em.createNamedQuery("CorreoSaliente.findPendientes", CorreoSaliente.class).setMaxResults(maximo)
                .getResultList().stream().map(CorreoSaliente::getId).toList();
    }

    /** @return whether the message went out in this call */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean entregar(long id, ServidorCorreo servidor) {
        CorreoSaliente correo = em.find(CorreoSaliente.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (correo == null || correo.getEstado() != EstadoCorreo.PENDIENTE) {
            return false;
        }
        try {
            MimeMessage mensaje = new MensajeConIdentificador(servidor.sesion(), id);
            mensaje.setFrom(new InternetAddress(servidor.remitente()));
            mensaje.setRecipients(Message.RecipientType.TO, InternetAddress.parse(correo.getDestinatario()));
            mensaje.setSubject(correo.getAsunto(), "UTF-8");
            if (correo.getAdjuntoNombre() == null) {
                mensaje.setText(correo.getCuerpo(), "UTF-8");
            } else {
                jakarta.mail.internet.MimeBodyPart texto = new jakarta.mail.internet.MimeBodyPart();
                texto.setText(correo.getCuerpo(), "UTF-8");
                jakarta.mail.internet.MimeBodyPart archivo = new jakarta.mail.internet.MimeBodyPart();
                archivo.setDataHandler(new jakarta.activation.DataHandler(new jakarta.mail.util.ByteArrayDataSource(
                        correo.getAdjunto(), correo.getAdjuntoTipo())));
                archivo.setFileName(correo.getAdjuntoNombre());
                mensaje.setContent(new jakarta.mail.internet.MimeMultipart(texto, archivo));
            }
            mensaje.setSentDate(new Date());
            Transport.send(mensaje);
            correo.marcarEnviado(OffsetDateTime.now(reloj));
            return true;
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "No se entregó el correo " + id + " a " + correo.getDestinatario()
                    + " (intento " + (correo.getIntentos() + 1) + "): " + e.getMessage());
            correo.registrarFallo(e.getMessage(), MAXIMO_INTENTOS);
            return false;
        }
    }

    /**
     * A message whose Message-ID is fixed by its outbox row: if a node dies between the SMTP hand-over and
     * the commit that marks it sent, the message goes out again after the restart with the same Message-ID,
     * so a receiving server or client sees the same message, not a new one.
     */
    private static final class MensajeConIdentificador extends MimeMessage {

        private final long id;

        MensajeConIdentificador(jakarta.mail.Session sesion, long id) {
            super(sesion);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<siade-correo-" + id + "@siade.imss.gob.mx>");
        }
    }
}
