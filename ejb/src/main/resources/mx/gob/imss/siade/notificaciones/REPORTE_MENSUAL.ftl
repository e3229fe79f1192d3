Asunto: Reporte estadístico de ${mes} – ${area}
<#-- The monthly statistical report (5.48), emailed on the first business day of each month to who asked for it. -->
${destinatario}:

Le enviamos adjunto el reporte estadístico de atención de ${area} correspondiente a ${mes}
(del ${desde} al ${hasta}): ${recibidas} peticiones recibidas, ${concluidas} concluidas, ${enPlazo} atendidas
dentro del plazo.

Para dejar de recibirlo, desactive el envío en la pantalla de Indicadores.

Atentamente,
SIADE – División de Atención Ciudadana
