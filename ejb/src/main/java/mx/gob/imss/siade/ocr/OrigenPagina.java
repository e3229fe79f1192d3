package mx.gob.imss.siade.ocr;

/** Where the text of a page came from. */
public enum OrigenPagina {
    /** Recognised by Tesseract from the page's image. */
    OCR,
    /** A PDF page that already carries its text (nothing to recognise). */
    NATIVO,
    /** Failed, to be tried again (the reason is kept). */
    REINTENTO,
    /** Failed as many times as allowed: the page has no text, its reason is kept. */
    FALLIDA
}
