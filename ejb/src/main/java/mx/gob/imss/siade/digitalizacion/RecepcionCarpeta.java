package mx.gob.imss.siade.digitalizacion;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import mx.gob.imss.siade.bitacora.BitacoraRepository;
import mx.gob.imss.siade.bitacora.EventoBitacora;
import mx.gob.imss.siade.bitacora.TipoEventoBitacora;
import mx.gob.imss.siade.documentos.ContenidoArchivo;
import mx.gob.imss.siade.documentos.Digitalizacion;
import mx.gob.imss.siade.documentos.DocumentoRechazadoException;
import mx.gob.imss.siade.infra.Textos;
import mx.gob.imss.siade.oficios.Oficio;
import mx.gob.imss.siade.personas.Nss;
import mx.gob.imss.siade.personas.PersonaUsuaria;
import mx.gob.imss.siade.peticion.Folio;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.peticion.PeticionRepository;
import mx.gob.imss.siade.seguridad.Actor;
import mx.gob.imss.siade.seguridad.CifradoDatosPersonales;

/**
 * Stores one analysed file of the folder in its own transaction: filed under the folio of its QR (by
 * the system, with the case's bitácora entry and its OCR queued), or into the tray with a suggested
 * folio, or recorded as refused. A content already stored (same SHA-256) is not stored twice. Only the
 * folder's own timer calls it.
 */
@Stateless
@PermitAll
public class RecepcionCarpeta {

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Inject
    private EscaneoRepository escaneos;

    @Inject
    private Digitalizacion digitalizacion;

    @Inject
    private PeticionRepository peticiones;

    @Inject
    private CifradoDatosPersonales cifrado;

    @Inject
    private Clock reloj;

    @Inject
    private BitacoraRepository bitacora;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ResultadoEscaneo recibir(AnalisisEscaneo a) {
        Optional<EscaneoEntrante> previo = escaneos.porSha(a.sha256());
        if (previo.isPresent()) {
            // Taken before: this very file found again after a crash (same name), or a copy under another name.
            return previo.get().getNombreArchivo().equals(a.nombre())
                    ? new ResultadoEscaneo(a.nombre(), ResultadoEscaneo.Destino.GUARDADO, previo.get().getFolio(), null)
                    : new ResultadoEscaneo(a.nombre(), ResultadoEscaneo.Destino.DUPLICADO, null,
                    "Mismo contenido que «" + previo.get().getNombreArchivo() + "», recibido antes");
        }
        OffsetDateTime ahora = OffsetDateTime.now(reloj);
        long tamano = a.contenido() == null ? 0 : a.contenido().length;
        if (a.rechazo() != null) {
            escaneos.insertar(new EscaneoRepository.Nuevo(a.nombre(), a.sha256(), a.tipoMedio(), tamano, ahora,
                    EstadoEscaneo.RECHAZADO, null, null, null, null, null, a.rechazo()));
            return new ResultadoEscaneo(a.nombre(), ResultadoEscaneo.Destino.RECHAZADO, null, a.rechazo());
        }
        String sugerido = null;
        String motivoSugerencia = null;
        if (a.qr() != null) {
            Optional<Peticion> delQr = caso(a.qr());
            if (delQr.isPresent() && codigoCorrecto(a.qr(), delQr.get())) {
                return adjuntar(a, delQr.get(), ahora);
            }
            if (delQr.isPresent()) {
                sugerido = delQr.get().getFolio();
                motivoSugerencia = Textos.de("escaneo.sugerencia.qrCodigo");
            }
        }
        if (sugerido == null) {
            for (String folio : SugerenciaFolio.folios(a.textoPrimeraPagina())) {
                if (peticiones.porFolio(Folio.de(folio)).isPresent()) {
                    sugerido = folio;
                    motivoSugerencia = Textos.de("escaneo.sugerencia.folio");
                    break;
                }
            }
        }
        if (sugerido == null) {
            for (String nss : SugerenciaFolio.nss(a.textoPrimeraPagina())) {
                Optional<String> folio = ultimoCasoDe(nss);
                if (folio.isPresent()) {
                    sugerido = folio.get();
                    motivoSugerencia = Textos.de("escaneo.sugerencia.nss");
                    break;
                }
            }
        }
        escaneos.insertar(new EscaneoRepository.Nuevo(a.nombre(), a.sha256(), a.tipoMedio(), tamano, ahora,
                EstadoEscaneo.POR_CLASIFICAR, a.contenido(), sugerido, motivoSugerencia, null, null, null));
        return new ResultadoEscaneo(a.nombre(), ResultadoEscaneo.Destino.GUARDADO, null, null);
    }

    private ResultadoEscaneo adjuntar(AnalisisEscaneo a, Peticion peticion, OffsetDateTime ahora) {
        boolean acuse = a.qr().tipo() == ReferenciaQr.Tipo.ACUSE;
        String nota = acuse ? Textos.de("escaneo.qrAcuse") : Textos.de("escaneo.qrOficio", a.qr().folio());
        Long documento = null;
        String motivo = null;
        try {
            documento = digitalizacion.adjuntar(peticion, ContenidoArchivo.enMemoria(a.nombre(), a.contenido()),
                    acuse ? "ESCRITO" : "OFICIO_RECIBIDO", nota, Actor.sistema(), ahora);
            bitacora.registrar(new EventoBitacora(peticion, ahora, Actor.SISTEMA, TipoEventoBitacora.NOTA,
                    nota + " «" + a.nombre() + "»", null, null));
        } catch (DocumentoRechazadoException yaEstaba) {
            motivo = Textos.de(yaEstaba.clave(), yaEstaba.argumentos());
        }
        escaneos.insertar(new EscaneoRepository.Nuevo(a.nombre(), a.sha256(), a.tipoMedio(), a.contenido().length, ahora,
                EstadoEscaneo.ADJUNTADO, null, null, null, peticion.getFolio(), documento, motivo));
        return new ResultadoEscaneo(a.nombre(), ResultadoEscaneo.Destino.GUARDADO, peticion.getFolio(), motivo);
    }

    private Optional<Peticion> caso(ReferenciaQr qr) {
        try {
            if (qr.tipo() == ReferenciaQr.Tipo.ACUSE) {
                return peticiones.porFolio(Folio.de(qr.folio()));
            }
            List<Oficio> oficios = em.createQuery("SELECT o FROM Oficio o WHERE o.folioOficio = :folio", Oficio.class)
                    .setParameter("folio", qr.folio()).getResultList();
            return oficios.stream().findFirst().map(Oficio::getPeticion);
        } catch (RuntimeException folioInvalido) {
            return Optional.empty();
        }
    }

    /** An acuse's QR carries the case's consultation code: a QR whose code does not match is not trusted. */
    private boolean codigoCorrecto(ReferenciaQr qr, Peticion peticion) {
        if (qr.tipo() != ReferenciaQr.Tipo.ACUSE) {
            return true;
        }
        Optional<String> codigo = peticion.codigoConsulta(cifrado);
        return codigo.isEmpty() || qr.codigo() != null
                && codigo.get().replace("-", "").equalsIgnoreCase(qr.codigo().replace("-", ""));
    }

    /** The most recent case of the persona usuaria with this NSS (through its fingerprint). */
    private Optional<String> ultimoCasoDe(String nss) {
        String huella = PersonaUsuaria.huellaNss(Nss.de(nss), cifrado);
        return em.createQuery("SELECT p.folio FROM Peticion p WHERE p.personaUsuaria.nssHash = :huella"
                        + " ORDER BY p.fechaRecepcion DESC", String.class)
                .setParameter("huella", huella).setMaxResults(1).getResultList().stream().findFirst();
    }
}
