package mx.gob.imss.siade.consulta;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.gob.imss.siade.documentos.Documento;
import mx.gob.imss.siade.documentos.DocumentoService;
import mx.gob.imss.siade.documentos.GeneradorPdf;
import mx.gob.imss.siade.infra.Plantillas;
import mx.gob.imss.siade.infra.Textos;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.seguridad.AccionCaso;
import mx.gob.imss.siade.seguridad.Actor;
import mx.gob.imss.siade.seguridad.PoliticaAcceso;
import mx.gob.imss.siade.seguridad.Roles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * The whole case as one PDF for a legal proceeding: a cover with the folio and an index, the bitácora,
 * then every document in the order it was filed (signed oficios as signed), with the folio and «Página n
 * de N» stamped on every page and a bookmark per section. Read through the Expediente and the documents'
 * own rule, so access, the record of Jurídico's read and the masking are those of the screen: a document
 * the reader may not open becomes a page saying so. Built with PDFBox over temporary files (never the
 * whole case in memory) that are deleted afterwards.
 */
@Stateless
@RolesAllowed({Roles.JEFE_AREA, Roles.JURIDICO, Roles.TITULAR_DAC, Roles.TITULAR_CAO})
public class ExpedientePdfService {

    private static final DateTimeFormatter FECHA_HORA = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Resource
    private SessionContext contexto;

    @EJB
    private ExpedienteService expedientes;

    @EJB
    private DocumentoService documentos;

    @EJB
    private mx.gob.imss.siade.auditoria.Auditoria auditoria;

    @Inject
    private PoliticaAcceso politica;

    @Inject
    private Plantillas plantillas;

    @Inject
    private GeneradorPdf generador;

    @Inject
    private java.time.Clock reloj;

    private record Seccion(String titulo, int pagina) {
    }

    public void escribir(String folio, OutputStream destino) {
        Actor actor = Actor.de(contexto);
        Expediente e = expedientes.abrir(folio);
        politica.exigir(actor, e.peticion(), AccionCaso.EXPORTAR_EXPEDIENTE);
        auditoria.registrar(actor, mx.gob.imss.siade.auditoria.AccionAuditada.EXPEDIENTE_PDF, e.peticion().getFolio(), null,
                null);
        Path carpeta = null;
        List<PDDocument> abiertos = new ArrayList<>();
        try {
            carpeta = Files.createTempDirectory("expediente-");
            try (PDDocument salida = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
                PDFMergerUtility union = new PDFMergerUtility();
                PDDocument bitacora = Loader.loadPDF(generador.desdeXhtml(html(e, "bitacora", List.of(), actor)));
                abiertos.add(bitacora);
                List<Seccion> secciones = new ArrayList<>();
                List<Integer> inicios = new ArrayList<>();
                union.appendDocument(salida, bitacora);
                secciones.add(new Seccion("Bitácora", 0));
                inicios.add(0);
                List<Documento> ordenados = new ArrayList<>(e.documentos());
                ordenados.sort(Comparator.comparing(Documento::getCargadoEn).thenComparing(Documento::getId));
                for (Documento d : ordenados) {
                    int inicio = salida.getNumberOfPages();
                    agregar(salida, union, d, e.legible(d), carpeta, abiertos);
                    secciones.add(new Seccion(d.getNombreArchivo() + " (" + d.getTipoDocumento().getNombre() + ")", 0));
                    inicios.add(inicio);
                }
                // The cover goes first; its length (the index may take more than a page) shifts every page number.
                int paginasPortada = 1;
                PDDocument portada;
                while (true) {
                    List<Map<String, Object>> indice = new ArrayList<>();
                    for (int i = 0; i < secciones.size(); i++) {
                        indice.add(Map.of("titulo", secciones.get(i).titulo(), "pagina", paginasPortada + inicios.get(i) + 1));
                    }
                    portada = Loader.loadPDF(generador.desdeXhtml(html(e, "portada", indice, actor)));
                    if (portada.getNumberOfPages() == paginasPortada) {
                        break;
                    }
                    paginasPortada = portada.getNumberOfPages();
                    portada.close();
                }
                abiertos.add(portada);
                // importPage would append; the cover's pages (still open in their document) go before the first one.
                PDPage primera = salida.getPage(0);
                for (int i = 0; i < portada.getNumberOfPages(); i++) {
                    salida.getPages().insertBefore(new PDPage(portada.getPage(i).getCOSObject()), primera);
                }
                marcadores(salida, secciones, inicios, paginasPortada);
                estampar(salida, e.peticion().getFolio());
                salida.save(destino);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("No se pudo integrar el expediente en PDF", ex);
        } finally {
            for (PDDocument d : abiertos) {
                try {
                    d.close();
                } catch (IOException ignorada) {
                    // closing a read-only source
                }
            }
            borrar(carpeta);
        }
    }

    private void agregar(PDDocument salida, PDFMergerUtility union, Documento d, boolean legible, Path carpeta,
                         List<PDDocument> abiertos) throws IOException {
        if (!legible) {
            pagina(salida, "Documento «" + d.getNombreArchivo() + "» (" + d.getTipoDocumento().getNombre() + ")",
                    "No se incluye: contiene datos personales que su rol no ve.", null);
            return;
        }
        Path archivo = carpeta.resolve("d" + d.getId());
        try (OutputStream out = Files.newOutputStream(archivo)) {
            documentos.escribirContenido(d.getId(), out);
        }
        String tipo = d.getTipoMedio();
        if ("application/pdf".equals(tipo)) {
            PDDocument fuente = Loader.loadPDF(archivo.toFile(), null, null, null, IOUtils.createTempFileOnlyStreamCache());
            abiertos.add(fuente);
            union.appendDocument(salida, fuente);
        } else if ("image/tiff".equals(tipo)) {
            int paginas = documentos.paginasTiff(d.getId());
            for (int n = 0; n < paginas; n++) {
                pagina(salida, null, null, PDImageXObject.createFromByteArray(salida, documentos.paginaTiff(d.getId(), n),
                        d.getNombreArchivo()));
            }
        } else if (tipo != null && tipo.startsWith("image/")) {
            pagina(salida, null, null, PDImageXObject.createFromByteArray(salida, Files.readAllBytes(archivo),
                    d.getNombreArchivo()));
        } else {
            pagina(salida, "Documento «" + d.getNombreArchivo() + "»", "Formato " + tipo + ": se consulta en el expediente.",
                    null);
        }
    }

    /** A letter page with a notice, or with an image scaled to fit. */
    private static void pagina(PDDocument salida, String titulo, String texto, PDImageXObject imagen) throws IOException {
        PDPage pagina = new PDPage(PDRectangle.LETTER);
        salida.addPage(pagina);
        try (PDPageContentStream c = new PDPageContentStream(salida, pagina)) {
            if (imagen != null) {
                float ancho = PDRectangle.LETTER.getWidth() - 72;
                float alto = PDRectangle.LETTER.getHeight() - 108;
                float escala = Math.min(ancho / imagen.getWidth(), alto / imagen.getHeight());
                float w = imagen.getWidth() * escala;
                float h = imagen.getHeight() * escala;
                c.drawImage(imagen, (PDRectangle.LETTER.getWidth() - w) / 2, 72 + (alto - h) / 2, w, h);
            } else {
                c.beginText();
                c.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 13);
                c.newLineAtOffset(72, 680);
                c.showText(titulo);
                c.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                c.newLineAtOffset(0, -22);
                c.showText(texto);
                c.endText();
            }
        }
    }

    private static void marcadores(PDDocument salida, List<Seccion> secciones, List<Integer> inicios, int portada) {
        PDDocumentOutline esquema = new PDDocumentOutline();
        salida.getDocumentCatalog().setDocumentOutline(esquema);
        esquema.addLast(marcador("Carátula e índice", salida.getPage(0)));
        for (int i = 0; i < secciones.size(); i++) {
            int pagina = portada + inicios.get(i);
            if (pagina < salida.getNumberOfPages()) {
                esquema.addLast(marcador(secciones.get(i).titulo(), salida.getPage(pagina)));
            }
        }
        esquema.openNode();
    }

    private static PDOutlineItem marcador(String titulo, PDPage pagina) {
        PDPageFitDestination destino = new PDPageFitDestination();
        destino.setPage(pagina);
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(titulo);
        item.setDestination(destino);
        return item;
    }

    /** «Expediente folio · Página n de N» at the foot of every page, over whatever the page has. */
    private static void estampar(PDDocument salida, String folio) throws IOException {
        PDType1Font fuente = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        int total = salida.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage p = salida.getPage(i);
            PDRectangle caja = p.getMediaBox();
            try (PDPageContentStream c = new PDPageContentStream(salida, p, PDPageContentStream.AppendMode.APPEND, true,
                    true)) {
                String texto = "Expediente " + folio + " · Página " + (i + 1) + " de " + total;
                float ancho = fuente.getStringWidth(texto) / 1000 * 8;
                c.setNonStrokingColor(1f, 1f, 1f);
                c.addRect(caja.getLowerLeftX() + caja.getWidth() - ancho - 40, caja.getLowerLeftY() + 14, ancho + 12, 14);
                c.fill();
                c.setNonStrokingColor(0.2f, 0.2f, 0.2f);
                c.beginText();
                c.setFont(fuente, 8);
                c.newLineAtOffset(caja.getLowerLeftX() + caja.getWidth() - ancho - 34, caja.getLowerLeftY() + 18);
                c.showText(texto);
                c.endText();
            }
        }
    }

    private String html(Expediente e, String seccion, List<Map<String, Object>> indice, Actor actor) {
        Peticion p = e.peticion();
        Map<String, Object> campos = new HashMap<>();
        campos.put("seccion", seccion);
        campos.put("folio", p.getFolio());
        campos.put("persona", p.getPersonaUsuaria().getNombre());
        campos.put("asunto", e.visible(p.getAsunto()));
        campos.put("tipo", p.getTipo() == null ? "Sin clasificar" : Textos.etiqueta(p.getTipo()));
        campos.put("estado", Textos.etiqueta(p.getEstado()));
        campos.put("area", p.getAreaDac().getNombre());
        campos.put("recepcion", hora(p.getFechaRecepcion()));
        campos.put("generado", hora(OffsetDateTime.now(reloj)));
        campos.put("usuario", actor.nombreUsuario());
        campos.put("indice", indice);
        List<Map<String, String>> bitacora = new ArrayList<>();
        e.bitacora().forEach(b -> bitacora.add(Map.of("fecha", hora(b.getFecha()), "quien", b.getUsuario(),
                "que", Textos.etiqueta(b.getTipoEvento()), "detalle", e.visible(b.getDescripcion()))));
        campos.put("bitacora", bitacora);
        return plantillas.procesar("consulta/expediente-portada.ftlh", campos);
    }

    private static String hora(OffsetDateTime fecha) {
        return fecha == null ? "" : fecha.atZoneSameInstant(Tiempo.ZONA_MEXICO).format(FECHA_HORA);
    }

    private static void borrar(Path carpeta) {
        if (carpeta == null) {
            return;
        }
        try (var archivos = Files.list(carpeta)) {
            for (Path a : archivos.toList()) {
                Files.deleteIfExists(a);
            }
            Files.deleteIfExists(carpeta);
        } catch (IOException ignorada) {
            // a temporary folder left behind is removed with the others at restart
        }
    }
}
