package mx.gob.imss.siade.firma;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Optional;
import mx.gob.imss.siade.bitacora.BitacoraRepository;
import mx.gob.imss.siade.bitacora.EventoBitacora;
import mx.gob.imss.siade.bitacora.TipoEventoBitacora;
import mx.gob.imss.siade.documentos.Documento;
import mx.gob.imss.siade.documentos.DocumentoRepository;
import mx.gob.imss.siade.infra.CodigoAleatorio;
import mx.gob.imss.siade.infra.Textos;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.oficios.EstadoOficio;
import mx.gob.imss.siade.oficios.Oficio;
import mx.gob.imss.siade.oficios.RedaccionOficio;
import mx.gob.imss.siade.oficios.RubricaRechazadaException;
import mx.gob.imss.siade.peticion.PeticionNoEncontradaException;
import mx.gob.imss.siade.seguridad.AccionCaso;
import mx.gob.imss.siade.seguridad.Actor;
import mx.gob.imss.siade.seguridad.PoliticaAcceso;
import mx.gob.imss.siade.seguridad.Roles;
import mx.gob.imss.siade.seguridad.Usuario;
import mx.gob.imss.siade.seguridad.UsuarioRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs one oficio, in its own transaction: the oficio locked, still POR_FIRMAR (so two signatures at
 * once give exactly one), the caller its titular or the suplente of the titular's absence today, the
 * certificate checked, the PDF signed (PAdES, visible block, QR to /verificar), filed with its
 * SHA-256, the oficio FIRMADO and the bitácora written. Anything refused leaves everything as it was.
 */
@Stateless
@RolesAllowed({Roles.TITULAR_DAC, Roles.TITULAR_CAO, Roles.JEFE_AREA, Roles.SUPERVISOR})
public class FirmaService {

    /** Verification codes: 16 characters of Crockford's base 32 = 80 bits. */
    static final int LARGO_CODIGO = 16;
    private static final DateTimeFormatter FECHA_HORA = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    @Resource
    private SessionContext contexto;

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Inject
    private PoliticaAcceso politica;

    @Inject
    private UsuarioRepository usuarios;

    @Inject
    private ConfianzaFirma confianza;

    @Inject
    private DocumentoRepository documentos;

    @Inject
    private RedaccionOficio redaccion;

    @Inject
    private BitacoraRepository bitacora;

    @Inject
    private Clock reloj;

    @Inject
    @ConfigProperty(name = "siade.url-publica", defaultValue = "http://localhost:8080/siade")
    private String urlPublica;

    /**
     * @param pades built once per batch for this credential ({@link #preparar}); a single signature may pass null
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public FirmaOficio firmar(long idOficio, CredencialFirma credencial, FirmaPades pades) {
        Actor actor = Actor.de(contexto);
        Usuario yo = usuarios.de(actor);
        Oficio oficio = em.find(Oficio.class, idOficio, LockModeType.PESSIMISTIC_WRITE);
        if (oficio == null) {
            throw new PeticionNoEncontradaException(String.valueOf(idOficio));
        }
        em.refresh(oficio);
        if (oficio.getEstado() != EstadoOficio.POR_FIRMAR) {
            throw RubricaRechazadaException.estado(oficio.getFolioOficio(), oficio.getEstado());
        }
        OffsetDateTime ahora = OffsetDateTime.now(reloj);
        LocalDate hoy = ahora.atZoneSameInstant(Tiempo.ZONA_MEXICO).toLocalDate();
        Usuario titular = oficio.getFirmante();
        Optional<Ausencia> ausencia = titular.equals(yo) ? Optional.empty() : AusenciaService.suplencia(em, titular, yo, hoy);
        politica.exigirDesignado(actor, oficio.getPeticion(), AccionCaso.FIRMAR, titular.equals(yo) || ausencia.isPresent());
        confianza.verificar(credencial.certificado(), yo.getRfc());

        FirmaPades firma = pades != null ? pades : preparar(credencial);
        String codigo = CodigoAleatorio.generar(LARGO_CODIGO);
        String url = urlPublica.replaceAll("/+$", "") + "/verificar.xhtml?o="
                + URLEncoder.encode(oficio.getFolioOficio(), StandardCharsets.UTF_8) + "&c=" + codigo;
        String suplidoA = ausencia.map(a -> a.getTitular().getNombreCompleto()).orElse(null);
        String cargo = yo.getPuesto() != null ? yo.getPuesto() : Textos.de(oficio.isOrganoNormativo()
                ? "oficio.cargo.titularCao" : "oficio.cargo.titularDac");
        BloqueFirma bloque = new BloqueFirma(yo.getNombreCompleto(), cargo, suplidoA,
                ahora.atZoneSameInstant(Tiempo.ZONA_MEXICO).format(FECHA_HORA), oficio.getFolioOficio(),
                CodigoAleatorio.agrupar(codigo), url);
        byte[] firmado = firma.firmar(contenido(oficio.getDocumento()), credencial, bloque, Date.from(ahora.toInstant()),
                Textos.de("firma.motivo", oficio.getFolioOficio()) + (suplidoA == null ? ""
                        : Textos.de("bitacora.enSuplencia", suplidoA)));

        Documento documento = redaccion.archivarFirmado(oficio, firmado, actor, ahora);
        String sha256 = documento.getSha256();
        FirmaOficio registro = new FirmaOficio(oficio, yo, ausencia.map(Ausencia::getTitular).orElse(null), ahora, cargo,
                credencial, firma.nivel().name(), sha256, codigo, documento);
        em.persist(registro);
        bitacora.registrar(new EventoBitacora(oficio.getPeticion(), ahora, actor.nombreUsuario(), TipoEventoBitacora.OFICIO,
                Textos.de("bitacora.oficioFirmado", oficio.getFolioOficio(), yo.getNombreCompleto(), cargo,
                        suplidoA == null ? "" : Textos.de("bitacora.enSuplencia", suplidoA), sha256), null, null));
        em.flush(); // a second signature of the same oficio fails here, inside this transaction
        return registro;
    }

    /** The signature of an oficio, if it was signed. */
    @RolesAllowed({Roles.TITULAR_DAC, Roles.TITULAR_CAO, Roles.JEFE_AREA, Roles.SUPERVISOR, Roles.CONSULTOR,
            Roles.CORRESPONDENCIA, Roles.JURIDICO, Roles.ADMIN})
    public Optional<FirmaOficio> deOficio(long idOficio) {
        Oficio oficio = em.find(Oficio.class, idOficio);
        if (oficio == null) {
            return Optional.empty();
        }
        politica.exigir(Actor.de(contexto), oficio.getPeticion(), AccionCaso.CONSULTAR);
        return em.createNamedQuery("FirmaOficio.deOficio", FirmaOficio.class).setParameter("oficio", oficio)
                .getResultStream().findFirst();
    }

    /** What a batch reuses for every oficio it signs with one credential. */
    public FirmaPades preparar(CredencialFirma credencial) {
        return new FirmaPades(confianza, credencial.certificado());
    }

    /** The checks of the credential against the caller, before any oficio is touched. */
    public void verificarCredencial(CredencialFirma credencial) {
        Actor actor = Actor.de(contexto);
        Usuario yo = usuarios.de(actor);
        confianza.verificar(credencial.certificado(), yo.getRfc());
    }

    private byte[] contenido(Documento documento) {
        ByteArrayOutputStream salida = new ByteArrayOutputStream((int) Math.min(documento.getTamanoBytes(), 50_000_000));
        documentos.copiarContenido(documento.getId(), salida);
        return salida.toByteArray();
    }

}
