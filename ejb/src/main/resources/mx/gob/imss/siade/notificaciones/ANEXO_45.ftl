Asunto: Notificación de la petición ${folio} al Sindicato Nacional de Trabajadores del Seguro Social
<#-- Anexo 45: correo de notificación al SNTSS; sin seguimiento por parte de la DAC (act. 123). -->
Sindicato Nacional de Trabajadores del Seguro Social:

Se hace de su conocimiento la petición con folio ${folio}, por ser de su competencia.

Asunto: ${asunto}
Resumen: ${resumen!"(sin resumen)"}
Observaciones: ${motivo!"(sin observaciones)"}

La División de Atención Ciudadana no dará seguimiento a este asunto.

Atentamente,
División de Atención Ciudadana
