package mx.gob.imss.siade.ocr;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.imss.siade.documentos.Digitalizacion;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One OCR worker's loop: take the oldest free job, recognise its pages one by one (each committed on
 * its own, so a job taken again after a crash resumes where it stopped), renew the lease at every
 * page, put the searchable PDF together and end the job. A page that fails is retried later, a
 * bounded number of times; a job taken too many times (its node kept dying on it) fails for good.
 */
@ApplicationScoped
public class TrabajadorOcr {

    private static final Logger LOG = Logger.getLogger(TrabajadorOcr.class.getName());

    @EJB
    private ColaOcr cola;

    @Inject
    private ReconocedorTexto reconocedor;

    @Inject
    private Digitalizacion digitalizacion;

    @Inject
    private Clock reloj;

    @Inject
    @ConfigProperty(name = "siade.ocr.intentos", defaultValue = "3")
    int maximoIntentos;

    @Inject
    @ConfigProperty(name = "siade.ocr.arriendo-segundos", defaultValue = "300")
    int arriendoSegundos;

    @Inject
    @ConfigProperty(name = "siade.ocr.espera-reintento-segundos", defaultValue = "60")
    int esperaReintento;

    @Inject
    @ConfigProperty(name = "siade.nodo")
    Optional<String> nodoConfigurado;

    /** Works jobs in the calling thread until none is free; returns how many it ended. */
    public int trabajarMientrasHaya() {
        String trabajador = nodo() + "/" + UUID.randomUUID().toString().substring(0, 8);
        int terminados = 0;
        for (Optional<TrabajoOcr> t = tomar(trabajador); t.isPresent(); t = tomar(trabajador)) {
            try {
                if (procesar(t.get(), trabajador)) {
                    terminados++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "OCR del documento " + t.get().documentoId() + " interrumpido; se reintenta", e);
                cola.liberar(t.get().documentoId(), trabajador, "Error inesperado: " + e.getClass().getSimpleName(),
                        ahora().plusSeconds(esperaReintento));
            }
        }
        return terminados;
    }

    public boolean hayTrabajo() {
        return cola.hayTrabajo(ahora());
    }

    private Optional<TrabajoOcr> tomar(String trabajador) {
        OffsetDateTime ahora = ahora();
        return cola.tomar(trabajador, ahora, ahora.plusSeconds(arriendoSegundos));
    }

    private boolean procesar(TrabajoOcr trabajo, String trabajador) {
        long id = trabajo.documentoId();
        if (trabajo.intentos() > maximoIntentos + 2) {
            cola.fallar(id, "Se interrumpió " + (trabajo.intentos() - 1) + " veces sin terminar", ahora());
            return false;
        }
        byte[] contenido = cola.contenido(id);
        try (PaginasFuente fuente = PaginasFuente.de(contenido, trabajo.tipoMedio(), digitalizacion.paginasMaximas(),
                digitalizacion.pixelesMaximos())) {
            cola.fijarPaginas(id, fuente.paginas());
            Map<Integer, OrigenPagina> hechas = cola.paginas(id);
            for (int i = 0; i < fuente.paginas(); i++) {
                OrigenPagina previa = hechas.get(i);
                if (previa != null && previa != OrigenPagina.REINTENTO) {
                    continue;
                }
                if (!cola.renovar(id, trabajador, ahora().plusSeconds(arriendoSegundos))) {
                    return false; // another worker took it over after this one stalled
                }
                if (!reconocerPagina(fuente, trabajo, trabajador, i)) {
                    return false;
                }
            }
            byte[] buscable;
            try {
                buscable = PdfBuscable.armar(cola.pdfsDePaginas(id),
                        "application/pdf".equals(trabajo.tipoMedio()) ? contenido : null).orElse(null);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "No se pudo armar el PDF con texto del documento " + id, e);
                buscable = null;
            }
            return cola.terminar(trabajo, trabajador, buscable, ahora());
        } catch (FallaOcr e) {
            // the document itself cannot be opened: trying again cannot help
            cola.fallar(id, e.getMessage(), ahora());
            return false;
        }
    }

    /** Recognises page {@code i}; false when the job must stop here (to be retried later, or lost). */
    private boolean reconocerPagina(PaginasFuente fuente, TrabajoOcr trabajo, String trabajador, int i) {
        long id = trabajo.documentoId();
        try {
            PaginasFuente.Pagina pagina = fuente.pagina(i);
            if (pagina.nativa()) {
                return cola.guardarPagina(id, trabajador, i, OrigenPagina.NATIVO, pagina.textoNativo(), null);
            }
            ReconocedorTexto.PaginaReconocida r = reconocedor.reconocer(pagina.imagen(), pagina.dpi());
            return cola.guardarPagina(id, trabajador, i, OrigenPagina.OCR, r.texto(), r.pdf());
        } catch (FallaOcr e) {
            LOG.log(Level.INFO, "OCR: documento " + id + ", página " + (i + 1) + ": " + e.getMessage());
            OrigenPagina resultado = cola.fallarPagina(id, trabajador, i, e.getMessage(), e.definitiva(), maximoIntentos,
                    ahora().plus(Duration.ofSeconds((long) esperaReintento * trabajo.intentos())));
            return resultado == OrigenPagina.FALLIDA;
        }
    }

    private OffsetDateTime ahora() {
        return OffsetDateTime.now(reloj);
    }

    /** This server's name in the leases: {@code siade.nodo}, else host and process. */
    String nodo() {
        if (nodoConfigurado.isPresent() && !nodoConfigurado.get().isBlank()) {
            return nodoConfigurado.get();
        }
        try {
            return InetAddress.getLocalHost().getHostName() + ":" + ManagementFactory.getRuntimeMXBean().getPid();
        } catch (IOException e) {
            return "nodo:" + ManagementFactory.getRuntimeMXBean().getPid();
        }
    }
}
