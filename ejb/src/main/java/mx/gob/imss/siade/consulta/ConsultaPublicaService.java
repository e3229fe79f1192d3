package mx.gob.imss.siade.consulta;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import mx.gob.imss.siade.infra.CodigoAleatorio;
import mx.gob.imss.siade.infra.Textos;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.peticion.CodigoConsulta;
import mx.gob.imss.siade.peticion.EstadoPeticion;
import mx.gob.imss.siade.peticion.Folio;
import mx.gob.imss.siade.peticion.FolioInvalidoException;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.peticion.PeticionRepository;
import mx.gob.imss.siade.seguridad.CifradoDatosPersonales;
import mx.gob.imss.siade.seguridad.LimitePorDireccion;

/**
 * The public status page (act. 11, 5.15), no login: folio + código de consulta show the folio, tipo,
 * state in plain words, reception and last movement dates and the expected answer date, never a name,
 * NSS, document or note. It cannot enumerate folios: an unknown folio, a malformed one and a wrong
 * code get the same answer after the same work (a lookup by folio and a decryption and comparison in
 * constant time), and lookups are slowed per address ({@link LimitePorDireccion}).
 */
@Stateless
@PermitAll
public class ConsultaPublicaService {

    /** Folio looked up when the one typed is not a folio at all (the same query; no year 2000 folio exists). */
    private static final Folio NINGUNO = Folio.generar(2000, 1);

    /** What the page shows. */
    public record EstadoPublico(String folio, String tipo, String estado, String explicacion, LocalDate recepcion,
                                LocalDate ultimoMovimiento, LocalDate respuestaEsperada, LocalDate conclusion,
                                boolean encuestaPendiente) implements Serializable {
    }

    /** How a survey answer went. */
    public enum ResultadoEncuesta {
        REGISTRADA,
        /** The petición already has its answer: the first one stands. */
        YA_RESPONDIDA,
        /** Unknown folio, wrong code or not concluded: the same answer for all three. */
        NO_DISPONIBLE,
        /** Too many lookups from this address. */
        ESPERE,
        /** Rating outside 1–5 or comment too long. */
        INVALIDA
    }

    /** The answer: the state, or nothing (unknown folio or wrong code alike), or wait this long. */
    public record Respuesta(Optional<EstadoPublico> estado, Optional<Duration> espera) implements Serializable {
    }

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Inject
    private PeticionRepository peticiones;

    @Inject
    private CifradoDatosPersonales cifrado;

    @Inject
    private LimitePorDireccion limite;

    @Inject
    private mx.gob.imss.siade.bitacora.BitacoraRepository bitacora;

    @Inject
    private java.time.Clock reloj;

    /** Compared against when there is no petición, so a miss costs what a hit costs. */
    private String senuelo;

    @PostConstruct
    void preparar() {
        senuelo = cifrado.cifrar(CodigoConsulta.nuevo());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Respuesta consultar(String folio, String codigo, String direccion) {
        Optional<Duration> espera = limite.contar("C", direccion);
        if (espera.isPresent()) {
            return new Respuesta(Optional.empty(), espera);
        }
        return new Respuesta(verificada(folio, codigo).map(this::estado), Optional.empty());
    }

    /**
     * The persona usuaria's answer to the satisfaction survey (5.30), from the page of her concluded
     * petición: checked like a lookup (folio + code, same limit per address), recorded once with its
     * bitácora entry.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ResultadoEncuesta responderEncuesta(String folio, String codigo, int calificacion, String comentario,
                                               String direccion) {
        if (limite.contar("C", direccion).isPresent()) {
            return ResultadoEncuesta.ESPERE;
        }
        String texto = comentario == null || comentario.isBlank() ? null : comentario.strip();
        if (calificacion < 1 || calificacion > 5
                || (texto != null && texto.length() > EncuestaSatisfaccion.COMENTARIO_MAXIMO)) {
            return ResultadoEncuesta.INVALIDA;
        }
        Optional<Peticion> peticion = verificada(folio, codigo);
        if (peticion.isEmpty() || peticion.get().getEstado() != EstadoPeticion.CONCLUIDA) {
            return ResultadoEncuesta.NO_DISPONIBLE;
        }
        Peticion p = peticion.get();
        em.lock(p, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (em.find(EncuestaSatisfaccion.class, p.getId()) != null) {
            return ResultadoEncuesta.YA_RESPONDIDA;
        }
        OffsetDateTime ahora = OffsetDateTime.now(reloj);
        em.persist(new EncuestaSatisfaccion(p, calificacion, texto, ahora));
        bitacora.registrar(new mx.gob.imss.siade.bitacora.EventoBitacora(p, ahora, PERSONA_USUARIA,
                mx.gob.imss.siade.bitacora.TipoEventoBitacora.ENCUESTA, Textos.de("bitacora.encuesta", calificacion,
                texto == null ? "" : " «" + texto + "»"), null, null));
        return ResultadoEncuesta.REGISTRADA;
    }

    public static final int COMENTARIO_ENCUESTA = EncuestaSatisfaccion.COMENTARIO_MAXIMO;

    /** Who the bitácora names for what the persona usuaria does on the public page. */
    public static final String PERSONA_USUARIA = "persona usuaria";

    /** The petición of this folio if the code is its code; the same work when it is not. */
    private Optional<Peticion> verificada(String folio, String codigo) {
        Folio buscado;
        try {
            buscado = Folio.de(folio);
        } catch (FolioInvalidoException e) {
            buscado = NINGUNO;
        }
        Optional<Peticion> peticion = peticiones.porFolio(buscado);
        Optional<String> guardado = peticion.flatMap(p -> p.codigoConsulta(cifrado));
        boolean coincide = MessageDigest.isEqual(guardado.orElseGet(() -> cifrado.descifrar(senuelo))
                .getBytes(StandardCharsets.US_ASCII), CodigoAleatorio.normalizar(codigo).getBytes(StandardCharsets.US_ASCII));
        return coincide && guardado.isPresent() ? peticion : Optional.empty();
    }

    private EstadoPublico estado(Peticion p) {
        OffsetDateTime ultimo = em.createNamedQuery("EventoBitacora.ultimaFecha", OffsetDateTime.class)
                .setParameter("peticion", p).getSingleResult();
        EstadoPeticion e = p.getEstado();
        return new EstadoPublico(p.getFolio(), p.getTipo() == null ? Textos.de("consulta.sinClasificar")
                : Textos.etiqueta(p.getTipo()), Textos.etiqueta(e), Textos.de("consulta.estado." + e.name()),
                local(p.getFechaRecepcion()), ultimo == null ? local(p.getFechaRegistro()) : local(ultimo),
                e == EstadoPeticion.CONCLUIDA ? null : p.getFechaLimite(),
                p.getFechaConclusion() == null ? null : local(p.getFechaConclusion()),
                e == EstadoPeticion.CONCLUIDA && em.find(EncuestaSatisfaccion.class, p.getId()) == null);
    }

    private static LocalDate local(OffsetDateTime fecha) {
        return fecha.atZoneSameInstant(Tiempo.ZONA_MEXICO).toLocalDate();
    }
}
