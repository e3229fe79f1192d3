package mx.gob.imss.siade.ocr;

import java.io.Serializable;

/**
 * The OCR of one document as the Expediente shows it: its state, pages with text out of all, pages
 * that failed with the first reason, and whether a searchable PDF is kept beside the original.
 */
public record EstadoOcrDocumento(EstadoOcr estado, Integer paginas, int conTexto, int fallidas, String error,
                                 boolean buscable) implements Serializable {

    public String getEstado() {
        return estado.name();
    }
}
