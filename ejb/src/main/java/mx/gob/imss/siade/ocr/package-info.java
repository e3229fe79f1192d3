/**
 * OCR of digitised documents: a queue in the database ({@code OCR_DOCUMENTO}, one job per scan filed,
 * written in the same transaction), background workers that take jobs under a lease (one per core,
 * never the same job on two nodes), Tesseract run as a separate process per page (a hostile scan can
 * crash or stall only that process), the text of each page kept for the search index, and a
 * searchable PDF (image + invisible text) beside the original, which is never altered.
 */
package mx.gob.imss.siade.ocr;
