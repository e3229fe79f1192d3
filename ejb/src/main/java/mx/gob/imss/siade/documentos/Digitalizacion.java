package mx.gob.imss.siade.documentos;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import mx.gob.imss.siade.bitacora.BitacoraRepository;
import mx.gob.imss.siade.bitacora.EventoBitacora;
import mx.gob.imss.siade.bitacora.TipoEventoBitacora;
import mx.gob.imss.siade.catalogos.CatalogoRepository;
import mx.gob.imss.siade.catalogos.TipoDocumento;
import mx.gob.imss.siade.infra.Textos;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.seguridad.Actor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Files a digitised document into a case, inside the caller's transaction: checks its real type
 * and size, refuses one already in the case (same SHA-256), streams it into the database and
 * writes the bitácora entry; its OCR is queued in the same transaction. The file is read twice (fingerprint, then storage), never held whole.
 */
@ApplicationScoped
public class Digitalizacion {

    @Inject
    @ConfigProperty(name = "siade.documentos.tamano-maximo-mb", defaultValue = "20")
    private long tamanoMaximoMb;

    @Inject
    @ConfigProperty(name = "siade.documentos.megapixeles-maximos", defaultValue = "50")
    private long megapixelesMaximos;

    @Inject
    @ConfigProperty(name = "siade.documentos.paginas-maximas", defaultValue = "300")
    private int paginasMaximas;

    @Inject
    private DocumentoRepository documentos;

    @Inject
    private CatalogoRepository catalogos;

    @Inject
    private BitacoraRepository bitacora;

    @jakarta.ejb.EJB
    private mx.gob.imss.siade.ocr.ColaOcr colaOcr;

    /** Fingerprint of a file: its media type by content, its size and its SHA-256. */
    public record Huella(String tipoMedio, long tamano, String sha256) {
    }

    public long tamanoMaximoMb() {
        return tamanoMaximoMb;
    }

    /** Reads the file once: type by content, size and SHA-256; refuses what cannot be filed. */
    public Huella examinar(ContenidoArchivo archivo) {
        String tipo;
        try (InputStream in = archivo.abrir()) {
            tipo = TiposDeArchivo.detectar(in);
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer " + archivo.nombre(), e);
        }
        try (DigestInputStream in = new DigestInputStream(archivo.abrir(), MessageDigest.getInstance("SHA-256"))) {
            long tamano = in.transferTo(OutputStream.nullOutputStream());
            if (tamano == 0) {
                throw DocumentoRechazadoException.vacio(archivo.nombre());
            }
            if (tamano > tamanoMaximoMb * 1024 * 1024) {
                throw DocumentoRechazadoException.demasiadoGrande(archivo.nombre(), tamanoMaximoMb);
            }
            if (!TiposDeArchivo.permitido(tipo)) {
                throw DocumentoRechazadoException.tipoNoPermitido(archivo.nombre(), tipo);
            }
            if (tipo.startsWith("image/")) {
                acotarImagen(archivo);
            }
            return new Huella(tipo, tamano, HexFormat.of().formatHex(in.getMessageDigest().digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer " + archivo.nombre(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Refuses an image with too many pages or a page too large to decode safely (decompression bombs). */
    private void acotarImagen(ContenidoArchivo archivo) {
        LimitesImagen.Dimensiones medidas;
        try {
            medidas = LimitesImagen.medir(archivo, paginasMaximas);
        } catch (IOException | RuntimeException e) {
            throw DocumentoRechazadoException.imagenIlegible(archivo.nombre());
        }
        if (medidas.paginas() == 0) {
            throw DocumentoRechazadoException.imagenIlegible(archivo.nombre());
        }
        if (medidas.paginas() > paginasMaximas) {
            throw DocumentoRechazadoException.demasiadasPaginas(archivo.nombre(), paginasMaximas);
        }
        if (medidas.pixelesMayorPagina() > megapixelesMaximos * 1_000_000L) {
            throw DocumentoRechazadoException.imagenDemasiadoGrande(archivo.nombre(), megapixelesMaximos);
        }
    }

    /** The largest page, in pixels, that may be decoded (the TIFF viewer checks it too). */
    public int paginasMaximas() {
        return paginasMaximas;
    }

    public long pixelesMaximos() {
        return megapixelesMaximos * 1_000_000L;
    }

    /** Files {@code archivo} into {@code peticion} as a document of type {@code claveTipo}; returns its id. */
    public long adjuntar(Peticion peticion, ContenidoArchivo archivo, String claveTipo, String descripcion, Actor actor,
                         OffsetDateTime cuando) {
        Huella huella = examinar(archivo);
        if (documentos.existe(peticion, huella.sha256())) {
            throw DocumentoRechazadoException.duplicado(archivo.nombre(), peticion.getFolio());
        }
        TipoDocumento tipo = catalogos.porClave(TipoDocumento.class, claveTipo)
                .orElseThrow(() -> new IllegalArgumentException("Tipo de documento desconocido: " + claveTipo));
        long id;
        try (InputStream in = archivo.abrir()) {
            id = documentos.insertar(peticion, tipo, nombreSeguro(archivo.nombre()), huella.tipoMedio(), huella.tamano(),
                    huella.sha256(), in, descripcion, actor.nombreUsuario(), cuando);
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer " + archivo.nombre(), e);
        }
        colaOcr.encolar(id, cuando);
        bitacora.registrar(new EventoBitacora(peticion, cuando, actor.nombreUsuario(), TipoEventoBitacora.DOCUMENTO,
                Textos.de("bitacora.documento", tipo.getNombre(), nombreSeguro(archivo.nombre()), huella.sha256()),
                null, null));
        return id;
    }

    public static String sha256(byte[] contenido) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(contenido));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** File names come from the user's machine: keep the last path part, without control characters. */
    static String nombreSeguro(String nombre) {
        String base = nombre == null ? "" : nombre.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").trim();
        if (base.isEmpty()) {
            base = "documento";
        }
        return base.length() > 255 ? base.substring(base.length() - 255) : base;
    }
}
