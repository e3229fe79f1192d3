package mx.gob.imss.siade.web.consulta;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import mx.gob.imss.siade.documentos.Documento;
import mx.gob.imss.siade.ocr.EstadoOcr;
import mx.gob.imss.siade.ocr.EstadoOcrDocumento;

/**
 * The Expediente's Documentos tab: each document's OCR state and searchable PDF, and the document a
 * search found the words in ({@code documento} and {@code pagina} parameters from the search results):
 * that row is marked, the tab opens on it, and its link opens the document at that page.
 */
@Named
@ViewScoped
public class DocumentosView extends PanelExpediente {

    private static final long serialVersionUID = 1L;

    private Long documento;
    private Integer pagina;

    public Long getDocumento() {
        return documento;
    }

    public void setDocumento(Long documento) {
        this.documento = documento;
    }

    public Integer getPagina() {
        return pagina;
    }

    public void setPagina(Integer pagina) {
        this.pagina = pagina == null || pagina < 1 ? null : pagina;
    }

    /** The document the search pointed at, when it belongs to the open case and this reader may open it. */
    public Documento getBuscado() {
        if (documento == null || expediente() == null) {
            return null;
        }
        return expediente().documentos().stream()
                .filter(d -> d.getId().equals(documento) && expediente().legible(d)).findFirst().orElse(null);
    }

    public boolean buscado(Documento d) {
        return documento != null && d != null && documento.equals(d.getId());
    }

    /** Index of the tab to open first: Documentos when a search pointed at one of them. */
    public int getPestanaInicial() {
        return getBuscado() != null ? 1 : 0;
    }

    /** The tab the user opened stays client-side; nothing to keep. */
    public void setPestanaInicial(int pestana) {
        // read-only: the starting tab only
    }

    /** The document's address, at the page the search found when it is that one (PDF viewer or TIFF pages). */
    public String direccion(Documento d, boolean buscable) {
        String base = "/documentos/contenido?id=" + d.getId() + (buscable ? "&buscable=1" : "");
        if (!buscado(d) || pagina == null) {
            return base;
        }
        boolean pdf = buscable || "application/pdf".equals(d.getTipoMedio());
        return base + (pdf ? "#page=" + pagina : "image/tiff".equals(d.getTipoMedio()) ? "#pagina-" + pagina : "");
    }

    public EstadoOcrDocumento ocr(Documento d) {
        return expediente() == null ? null : expediente().ocr(d);
    }

    public boolean terminado(Documento d) {
        EstadoOcrDocumento o = ocr(d);
        return o != null && o.estado() == EstadoOcr.TERMINADO;
    }
}
