Asunto: Notificación de la petición ${folio} al Órgano Interno de Control
<#-- Anexo 43: correo de notificación al OIC; sin seguimiento por parte de la DAC (act. 123). -->
Órgano Interno de Control:

Se hace de su conocimiento la petición con folio ${folio}, por ser de su competencia.

Asunto: ${asunto}
Resumen: ${resumen!"(sin resumen)"}
Observaciones: ${motivo!"(sin observaciones)"}

La División de Atención Ciudadana no dará seguimiento a este asunto.

Atentamente,
División de Atención Ciudadana
