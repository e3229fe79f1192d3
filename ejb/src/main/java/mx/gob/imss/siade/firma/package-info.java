/**
 * Firma: the electronic signature of oficios (5.70, 5.71). The signer's e.firma (.cer + encrypted
 * .key, read in memory for one request), the checks before signing (password, RFC, validity, CRL,
 * trusted CA), PAdES signing with EU DSS (visible block with QR, B-LT with a time stamp), absences
 * with their suplente, the portafirmas and the public verification page. The demo PKI of the
 * embedded default lives here too.
 */
package mx.gob.imss.siade.firma;
