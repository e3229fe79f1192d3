/**
 * Bulk digitisation: the folder scanners drop their files into ({@link CarpetaDigitalizacion}), the
 * QR of an acuse or oficio that files a scan under its folio by itself ({@link ReferenciaQr}), and the
 * «por clasificar» tray where Correspondencia files the rest, with the likely folio suggested
 * ({@link SugerenciaFolio}).
 */
package mx.gob.imss.siade.digitalizacion;
