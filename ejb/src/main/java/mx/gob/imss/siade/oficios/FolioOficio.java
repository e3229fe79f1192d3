package mx.gob.imss.siade.oficios;

import java.io.Serializable;

/** Oficio folio: area key, consecutive per area and year, year, e.g. {@code CORRESPONDENCIA/000123/2026}. */
public record FolioOficio(String claveArea, int consecutivo, int anio) implements Serializable {

    public FolioOficio {
        if (claveArea == null || claveArea.isBlank() || consecutivo < 1 || consecutivo > 999_999 || anio < 2000) {
            throw new IllegalArgumentException("Folio de oficio inválido: " + claveArea + "/" + consecutivo + "/" + anio);
        }
    }

    public String valor() {
        return String.format("%s/%06d/%d", claveArea, consecutivo, anio);
    }

    @Override
    public String toString() {
        return valor();
    }
}
