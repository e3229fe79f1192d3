package mx.gob.imss.siade.digitalizacion;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import mx.gob.imss.siade.bitacora.BitacoraRepository;
import mx.gob.imss.siade.bitacora.EventoBitacora;
import mx.gob.imss.siade.bitacora.TipoEventoBitacora;
import mx.gob.imss.siade.documentos.ContenidoArchivo;
import mx.gob.imss.siade.documentos.Digitalizacion;
import mx.gob.imss.siade.infra.LongitudTexto;
import mx.gob.imss.siade.infra.Textos;
import mx.gob.imss.siade.peticion.Folio;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.peticion.PeticionNoEncontradaException;
import mx.gob.imss.siade.peticion.PeticionRepository;
import mx.gob.imss.siade.seguridad.AccionCaso;
import mx.gob.imss.siade.seguridad.Actor;
import mx.gob.imss.siade.seguridad.PoliticaAcceso;
import mx.gob.imss.siade.seguridad.Roles;

/**
 * The «por clasificar» tray of Correspondencia: scans from the digitisation folder that named no folio
 * by themselves. A person files one under a folio (the suggested one with one click, or another), which
 * the access policy must let them add letters to; the document gets its bitácora entry and its OCR, and
 * the tray's copy goes. Or discards it with a reason (kept for the record). A scan resolved meanwhile by
 * someone else is reported, not filed twice.
 */
@Stateless
@RolesAllowed({Roles.CORRESPONDENCIA, Roles.SUPERVISOR})
public class PorClasificarService {

    @Resource
    private SessionContext contexto;

    @Inject
    private EscaneoRepository escaneos;

    @Inject
    private PeticionRepository peticiones;

    @Inject
    private PoliticaAcceso politica;

    @Inject
    private Digitalizacion digitalizacion;

    @Inject
    private Clock reloj;

    @Inject
    private BitacoraRepository bitacora;

    public List<EscaneoEntrante> pendientes() {
        return escaneos.porClasificar();
    }

    /** The last files taken from the folder and what became of them (filed by QR, refused, resolved). */
    public List<EscaneoEntrante> recientes() {
        return escaneos.recientes(50);
    }

    public EscaneoEntrante escaneo(long id) {
        return escaneos.porId(id).orElseThrow(ClasificacionRechazadaException::noEncontrado);
    }

    /** Streams a scan waiting in the tray (to look at before filing it). */
    public void escribirContenido(long id, OutputStream destino) {
        EscaneoEntrante e = escaneo(id);
        if (e.getEstado() != EstadoEscaneo.POR_CLASIFICAR && e.getEstado() != EstadoEscaneo.DESCARTADO) {
            throw ClasificacionRechazadaException.yaResuelto(e.getNombreArchivo());
        }
        escaneos.copiarContenido(id, destino);
    }

    /** Files the scan under {@code folio} as a letter of the case; returns the folio as written. */
    public String clasificar(long id, String folio, long version) {
        if (folio == null || folio.isBlank()) {
            throw ClasificacionRechazadaException.sinFolio();
        }
        EscaneoEntrante e = pendiente(id, version);
        Folio f = Folio.de(folio);
        Peticion peticion = peticiones.porFolio(f).orElseThrow(() -> new PeticionNoEncontradaException(f.toString()));
        Actor actor = Actor.de(contexto);
        politica.exigir(actor, peticion, AccionCaso.AGREGAR_ESCRITO);
        OffsetDateTime ahora = OffsetDateTime.now(reloj);
        byte[] contenido = escaneos.contenido(id);
        long documento = digitalizacion.adjuntar(peticion, ContenidoArchivo.enMemoria(e.getNombreArchivo(), contenido),
                "ESCRITO", Textos.de("escaneo.clasificado"), actor, ahora);
        bitacora.registrar(new EventoBitacora(peticion, ahora, actor.nombreUsuario(), TipoEventoBitacora.NOTA,
                Textos.de("escaneo.clasificado") + " «" + e.getNombreArchivo() + "»", null, null));
        e.clasificar(peticion.getFolio(), documento, actor.nombreUsuario(), ahora);
        escaneos.soltarContenido(id);
        return peticion.getFolio();
    }

    /** Discards the scan (a blank page, a separator sheet), with the reason. */
    public void descartar(long id, String motivo, long version) {
        if (motivo == null || motivo.isBlank()) {
            throw ClasificacionRechazadaException.sinMotivo();
        }
        EscaneoEntrante e = pendiente(id, version);
        e.descartar(LongitudTexto.exigir("motivo", motivo.trim(), 500), Actor.de(contexto).nombreUsuario(),
                OffsetDateTime.now(reloj));
    }

    private EscaneoEntrante pendiente(long id, long version) {
        EscaneoEntrante e = escaneo(id);
        if (e.getEstado() != EstadoEscaneo.POR_CLASIFICAR || e.getVersion() != version) {
            throw ClasificacionRechazadaException.yaResuelto(e.getNombreArchivo());
        }
        return e;
    }
}
