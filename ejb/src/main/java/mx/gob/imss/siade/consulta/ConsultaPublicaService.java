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
                                LocalDate ultimoMovimiento, LocalDate respuestaEsperada, LocalDate conclusion)
            implements Serializable {
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
        if (!coincide || guardado.isEmpty()) {
            return new Respuesta(Optional.empty(), Optional.empty());
        }
        return new Respuesta(Optional.of(estado(peticion.get())), Optional.empty());
    }

    private EstadoPublico estado(Peticion p) {
        OffsetDateTime ultimo = em.createNamedQuery("EventoBitacora.ultimaFecha", OffsetDateTime.class)
                .setParameter("peticion", p).getSingleResult();
        EstadoPeticion e = p.getEstado();
        return new EstadoPublico(p.getFolio(), p.getTipo() == null ? Textos.de("consulta.sinClasificar")
                : Textos.etiqueta(p.getTipo()), Textos.etiqueta(e), Textos.de("consulta.estado." + e.name()),
                local(p.getFechaRecepcion()), ultimo == null ? local(p.getFechaRegistro()) : local(ultimo),
                e == EstadoPeticion.CONCLUIDA ? null : p.getFechaLimite(),
                p.getFechaConclusion() == null ? null : local(p.getFechaConclusion()));
    }

    private static LocalDate local(OffsetDateTime fecha) {
        return fecha.atZoneSameInstant(Tiempo.ZONA_MEXICO).toLocalDate();
    }
}
