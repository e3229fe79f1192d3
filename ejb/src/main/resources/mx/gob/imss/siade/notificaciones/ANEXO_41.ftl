Asunto: Derivación de la petición ${folio} (${tipo}) – atención requerida
<#-- Anexo 41: notificación electrónica de derivación a la CDAOD / JDAOD. -->
${instancia}:

La División de Atención Ciudadana turna a su atención la petición con folio ${folio}<#if numero gt 1>
(turno ${numero}; la respuesta anterior se devolvió por no ser concluyente)</#if>.

Tipo: ${tipo}
Asunto: ${asunto}
<#if ubicacion?has_content>OOAD / UMAE: ${ubicacion}
</#if>Resumen: ${resumen!"(sin resumen)"}
Motivo del turno: ${motivo!"(sin observaciones)"}
<#if notaRechazo?has_content>
Motivo de la devolución: ${notaRechazo}
</#if>

Le pedimos enviar a través del sistema el oficio de respuesta firmado, fundado y motivado, a más
tardar el ${fechaLimite}.

Atentamente,
División de Atención Ciudadana
