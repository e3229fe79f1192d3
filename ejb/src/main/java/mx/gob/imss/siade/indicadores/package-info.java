/**
 * Indicators of timeliness and time of attention per área (5.23, 5.48): what each case contributes
 * ({@link ContribucionCaso}), the summaries kept from it by a restart-safe job ({@link ActualizacionIndicadores}),
 * the dashboard's figures ({@link Tablero}) and the monthly statistical report.
 */
package mx.gob.imss.siade.indicadores;
