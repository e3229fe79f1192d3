package mx.gob.imss.siade.firma;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.imss.siade.infra.ReglaNegocioException;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.oficios.EstadoOficio;
import mx.gob.imss.siade.oficios.Oficio;
import mx.gob.imss.siade.oficios.RubricaService;
import mx.gob.imss.siade.peticion.PeticionNoEncontradaException;
import mx.gob.imss.siade.seguridad.AccionCaso;
import mx.gob.imss.siade.seguridad.Actor;
import mx.gob.imss.siade.seguridad.Roles;
import mx.gob.imss.siade.seguridad.Usuario;
import mx.gob.imss.siade.seguridad.UsuarioRepository;
import mx.gob.imss.siade.documentos.DocumentoRepository;

/**
 * The portafirmas: what awaits my rúbrica and my signature (or the absent titular's, when I am the
 * suplente today), the PDF to read before, and batch signing: one key unlock signs the selected
 * oficios, each in its own transaction, in parallel across cores; one failure never stops or undoes
 * the others, and an oficio already signed is reported, never signed twice.
 */
@Stateless
@RolesAllowed({Roles.CORRESPONDENCIA, Roles.CONSULTOR, Roles.SUPERVISOR, Roles.JEFE_AREA, Roles.TITULAR_DAC,
        Roles.TITULAR_CAO})
public class PortafirmasService {

    private static final Logger LOG = Logger.getLogger(PortafirmasService.class.getName());

    /** An oficio waiting for my signature, and whose absence I sign for (null when mine). */
    public record PorFirmar(Oficio oficio, String suplenciaDe) implements Serializable {
    }

    /** The outcome of one oficio of a batch: signed, or refused with the message key and its arguments. */
    public record Resultado(long idOficio, String folioOficio, boolean firmado, String clave, List<String> argumentos,
                            String codigo) implements Serializable {
    }

    @Resource
    private SessionContext contexto;

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService ejecutor;

    @EJB
    private FirmaService firmas;

    @EJB
    private RubricaService rubricas;

    @Inject
    private UsuarioRepository usuarios;

    @Inject
    private DocumentoRepository documentos;

    @Inject
    private mx.gob.imss.siade.seguridad.PoliticaAcceso politica;

    @Inject
    private Clock reloj;

    public List<Oficio> porRubricar() {
        return rubricas.pendientesDeRubrica();
    }

    /** Oficios POR_FIRMAR whose titular is me, or a titular I stand in for today. */
    @RolesAllowed({Roles.TITULAR_DAC, Roles.TITULAR_CAO, Roles.JEFE_AREA, Roles.SUPERVISOR})
    public List<PorFirmar> porFirmar() {
        Usuario yo = yo();
        return em.createNamedQuery("Oficio.porFirmar", Oficio.class).setParameter("firmantes", firmantes(yo)).getResultList()
                .stream().map(o -> new PorFirmar(o, o.getFirmante().equals(yo) ? null : o.getFirmante().getNombreCompleto()))
                .toList();
    }

    /** How many oficios await the caller's rúbrica or signature (the Bandeja's notice). */
    public long pendientesDeMi() {
        Usuario yo = yo();
        long total = em.createNamedQuery("Rubrica.contarPendientesDe", Long.class).setParameter("usuario", yo)
                .getSingleResult();
        if (contexto.isCallerInRole(Roles.TITULAR_DAC) || contexto.isCallerInRole(Roles.TITULAR_CAO)
                || contexto.isCallerInRole(Roles.JEFE_AREA) || contexto.isCallerInRole(Roles.SUPERVISOR)) {
            total += em.createNamedQuery("Oficio.contarPorFirmar", Long.class).setParameter("firmantes", firmantes(yo))
                    .getSingleResult();
        }
        return total;
    }

    /** Me, and the titulares I stand in for today. */
    private List<Usuario> firmantes(Usuario yo) {
        List<Usuario> firmantes = new ArrayList<>(AusenciaService.suplidosPor(em, yo, hoy()));
        firmantes.add(yo);
        return firmantes;
    }

    private LocalDate hoy() {
        return LocalDate.now(reloj.withZone(Tiempo.ZONA_MEXICO));
    }

    /**
     * The oficio's PDF as it stands, for its reviewer or signer to read before acting (being named on it
     * is the need to know: the text they initial or sign is shown as it is), and the signed PDF for
     * whoever signed it.
     */
    public byte[] pdfParaRevisar(long idOficio) {
        Oficio oficio = em.find(Oficio.class, idOficio);
        if (oficio == null) {
            throw new PeticionNoEncontradaException(String.valueOf(idOficio));
        }
        Actor actor = Actor.de(contexto);
        Usuario yo = usuarios.de(actor);
        if (oficio.rubricaPendiente().isPresent()) {
            politica.exigirDesignado(actor, oficio.getPeticion(), AccionCaso.RUBRICAR,
                    oficio.rubricaPendiente().get().getUsuario().equals(yo));
        } else {
            boolean porFirmar = oficio.getEstado() == EstadoOficio.POR_FIRMAR && (oficio.getFirmante().equals(yo)
                    || AusenciaService.suplencia(em, oficio.getFirmante(), yo, hoy()).isPresent());
            boolean loFirmo = oficio.getEstado() == EstadoOficio.FIRMADO && em.createNamedQuery("FirmaOficio.deOficio",
                    FirmaOficio.class).setParameter("oficio", oficio).getResultStream().anyMatch(f -> f.getFirmante().equals(yo));
            politica.exigirDesignado(actor, oficio.getPeticion(), AccionCaso.FIRMAR, porFirmar || loFirmo);
        }
        ByteArrayOutputStream salida = new ByteArrayOutputStream();
        documentos.copiarContenido(oficio.getDocumento().getId(), salida);
        return salida.toByteArray();
    }

    /**
     * Signs the oficios with one e.firma. The credential is opened and checked once (a wrong password or
     * a certificate that is not the caller's refuses the whole batch before anything changes); then
     * each oficio is signed in its own transaction.
     *
     * @param avance told how many oficios are done, as they finish
     */
    @RolesAllowed({Roles.TITULAR_DAC, Roles.TITULAR_CAO, Roles.JEFE_AREA, Roles.SUPERVISOR})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Resultado> firmarLote(List<Long> idsOficios, byte[] cer, byte[] key, char[] contrasena, IntConsumer avance) {
        CredencialFirma credencial = CredencialFirma.abrir(cer, key, contrasena);
        java.util.Arrays.fill(contrasena, '\0');
        firmas.verificarCredencial(credencial);
        List<Long> ids = List.copyOf(new LinkedHashSet<>(idsOficios));
        int hilos = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), ids.size()));
        Map<Long, Resultado> resultados = Collections.synchronizedMap(new HashMap<>());
        java.util.concurrent.atomic.AtomicInteger hechos = new java.util.concurrent.atomic.AtomicInteger();
        List<Future<?>> trabajos = new ArrayList<>();
        for (int h = 0; h < hilos; h++) {
            List<Long> parte = new ArrayList<>();
            for (int i = h; i < ids.size(); i += hilos) {
                parte.add(ids.get(i));
            }
            // Each worker has its own DSS service: nothing mutable is shared between threads.
            trabajos.add(ejecutor.submit(() -> {
                FirmaPades pades = firmas.preparar(credencial);
                for (Long id : parte) {
                    resultados.put(id, uno(id, credencial, pades));
                    avance.accept(hechos.incrementAndGet());
                }
            }));
        }
        for (Future<?> trabajo : trabajos) {
            try {
                trabajo.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException e) {
                LOG.log(Level.SEVERE, "Falla en un hilo del lote de firma", e.getCause());
            }
        }
        return ids.stream().map(id -> resultados.getOrDefault(id, new Resultado(id, "", false, "error.firma.inesperado",
                List.of(), null))).toList();
    }

    private Resultado uno(long id, CredencialFirma credencial, FirmaPades pades) {
        try {
            FirmaOficio firma = firmas.firmar(id, credencial, pades);
            return new Resultado(id, firma.getOficio().getFolioOficio(), true, "portafirmas.firmado", List.of(),
                    firma.getCodigoVerificacion());
        } catch (ReglaNegocioException e) {
            return new Resultado(id, folio(id), false, e.clave(),
                    java.util.Arrays.stream(e.argumentos()).map(String::valueOf).toList(), null);
        } catch (EJBException | jakarta.persistence.PersistenceException e) {
            LOG.log(Level.WARNING, "Oficio " + id + " no firmado", e);
            return new Resultado(id, folio(id), false, "error.firma.inesperado", List.of(), null);
        }
    }

    private String folio(long id) {
        Oficio oficio = em.find(Oficio.class, id);
        return oficio == null ? String.valueOf(id) : oficio.getFolioOficio();
    }

    private Usuario yo() {
        return usuarios.de(Actor.de(contexto));
    }
}
