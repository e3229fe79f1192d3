package mx.gob.imss.siade.digitalizacion;

/**
 * What was read from a file of the folder before anything is stored: its fingerprint and type, the
 * reason it cannot be filed ({@code rechazo}, else null), the QR of its first page (else null), and the
 * text of its first page (its own or by OCR; else null) to suggest a folio from.
 */
public record AnalisisEscaneo(String nombre, byte[] contenido, String sha256, String tipoMedio, String rechazo,
                              ReferenciaQr qr, String textoPrimeraPagina) {
}
