package mx.gob.imss.siade.digitalizacion;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.imss.siade.documentos.ContenidoArchivo;
import mx.gob.imss.siade.documentos.Digitalizacion;
import mx.gob.imss.siade.documentos.DocumentoRechazadoException;
import mx.gob.imss.siade.infra.MigracionEsquema;
import mx.gob.imss.siade.infra.Textos;
import mx.gob.imss.siade.ocr.FallaOcr;
import mx.gob.imss.siade.ocr.PaginasFuente;
import mx.gob.imss.siade.ocr.ReconocedorTexto;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The digitisation folder ({@code siade.digitalizacion.carpeta}; none, none watched): every few seconds
 * each file that has stopped growing is read, checked like an upload, its first page looked at for the
 * QR of an acuse or oficio (and, without one, read — its own text or OCR — for a folio or NSS), and
 * stored by {@link RecepcionCarpeta} in one transaction. Only after that commit does the file leave the
 * folder: removed when stored, moved to {@code rechazados/} (with a {@code .motivo.txt}) when refused,
 * to {@code duplicados/} when the same content came before under another name. A failure before the
 * commit leaves the file where it is, for the next pass: nothing dropped is ever lost.
 */
@Singleton
@PermitAll
public class CarpetaDigitalizacion {

    private static final Logger LOG = Logger.getLogger(CarpetaDigitalizacion.class.getName());
    /** A file written to less than this long ago may still be being copied by the scanner. */
    static final Duration QUIETO = Duration.ofSeconds(5);
    static final String RECHAZADOS = "rechazados";
    static final String DUPLICADOS = "duplicados";

    @Inject
    @ConfigProperty(name = "siade.digitalizacion.carpeta")
    Optional<String> carpeta;

    @EJB
    private RecepcionCarpeta recepcion;

    @Inject
    private Digitalizacion digitalizacion;

    @Inject
    private ReconocedorTexto reconocedor;

    @Inject
    private MigracionEsquema migracion;

    @Inject
    private Clock reloj;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false, info = "Carpeta de digitalización")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void revisar() {
        if (carpeta.isEmpty() || carpeta.get().isBlank() || !migracion.completa()) {
            return;
        }
        try {
            Path c = Path.of(carpeta.get());
            Files.createDirectories(c);
            importarDe(c);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "No se pudo revisar la carpeta de digitalización; se reintenta", e);
        }
    }

    /** Takes every quiet file of {@code c} now (the timer and the tests call it). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<ResultadoEscaneo> importarDe(Path c) throws IOException {
        List<ResultadoEscaneo> resultados = new ArrayList<>();
        List<Path> archivos = new ArrayList<>();
        try (DirectoryStream<Path> lista = Files.newDirectoryStream(c, p -> Files.isRegularFile(p) && tomable(p))) {
            lista.forEach(archivos::add);
        }
        archivos.sort(null);
        for (Path archivo : archivos) {
            try {
                ResultadoEscaneo r = recepcion.recibir(analizar(archivo));
                despachar(c, archivo, r);
                resultados.add(r);
            } catch (NoSuchFileException otroNodo) {
                // another node took it meanwhile
            } catch (RuntimeException | IOException e) {
                LOG.log(Level.WARNING, "El archivo " + archivo.getFileName() + " de la carpeta de digitalización se"
                        + " reintenta en la siguiente revisión", e);
            }
        }
        return resultados;
    }

    private boolean tomable(Path p) {
        String nombre = p.getFileName().toString();
        if (nombre.startsWith(".") || nombre.endsWith(".part") || nombre.endsWith(".tmp")
                || nombre.endsWith(".crdownload") || nombre.endsWith(".motivo.txt")) {
            return false;
        }
        try {
            return Files.getLastModifiedTime(p).toInstant().isBefore(reloj.instant().minus(QUIETO));
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads and checks the file, looks for the QR and the first page's text; stores nothing. */
    AnalisisEscaneo analizar(Path archivo) throws IOException {
        String nombre = archivo.getFileName().toString();
        long tamano = Files.size(archivo);
        if (tamano > digitalizacion.tamanoMaximoMb() * 1024 * 1024) {
            return new AnalisisEscaneo(nombre, null, sha256(archivo), null,
                    Textos.de("error.documento.tamano", nombre, digitalizacion.tamanoMaximoMb()), null, null);
        }
        byte[] contenido = Files.readAllBytes(archivo);
        String sha = Digitalizacion.sha256(contenido);
        Digitalizacion.Huella huella;
        try {
            huella = digitalizacion.examinar(ContenidoArchivo.enMemoria(nombre, contenido));
        } catch (DocumentoRechazadoException e) {
            return new AnalisisEscaneo(nombre, contenido, sha, null, Textos.de(e.clave(), e.argumentos()), null, null);
        }
        ReferenciaQr qr = null;
        String texto = null;
        try (PaginasFuente paginas = PaginasFuente.de(contenido, huella.tipoMedio(), digitalizacion.paginasMaximas(),
                digitalizacion.pixelesMaximos())) {
            PaginasFuente.Pagina primera = paginas.imagen(0, 200);
            qr = ReferenciaQr.leer(primera.imagen()).orElse(null);
            if (qr == null) {
                PaginasFuente.Pagina conTexto = paginas.pagina(0);
                texto = conTexto.nativa() ? conTexto.textoNativo()
                        : reconocedor.disponible() ? reconocedor.reconocer(conTexto.imagen(), conTexto.dpi()).texto() : null;
            }
        } catch (FallaOcr e) {
            // the first page cannot be read or recognised: it goes to the tray without a suggestion
            LOG.log(Level.INFO, "Primera hoja de " + nombre + " ilegible para sugerir folio: " + e.getMessage());
        }
        return new AnalisisEscaneo(nombre, contenido, sha, huella.tipoMedio(), null, qr, texto);
    }

    private static String sha256(Path archivo) throws IOException {
        try (InputStream in = Files.newInputStream(archivo)) {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            byte[] bloque = new byte[64 * 1024];
            for (int n = in.read(bloque); n >= 0; n = in.read(bloque)) {
                d.update(bloque, 0, n);
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** After the commit: the file leaves the folder as its result says. */
    private static void despachar(Path c, Path archivo, ResultadoEscaneo r) throws IOException {
        switch (r.destino()) {
            case GUARDADO -> Files.deleteIfExists(archivo);
            case RECHAZADO -> mover(c.resolve(RECHAZADOS), archivo, r.motivo());
            case DUPLICADO -> mover(c.resolve(DUPLICADOS), archivo, r.motivo());
        }
    }

    private static void mover(Path destino, Path archivo, String motivo) throws IOException {
        Files.createDirectories(destino);
        Path nuevo = destino.resolve(archivo.getFileName());
        Files.writeString(destino.resolve(archivo.getFileName() + ".motivo.txt"), motivo + System.lineSeparator(),
                StandardCharsets.UTF_8);
        Files.move(archivo, nuevo, StandardCopyOption.REPLACE_EXISTING);
    }
}
