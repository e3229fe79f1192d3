Asunto: Derivación de la petición ${folio} al enlace normativo – ${instancia}
<#-- Anexo 42: correo de derivación a un Órgano normativo, a través de su enlace. -->
${instancia}:

Se deriva para su atención, por tratarse de un asunto de su competencia normativa, la petición
con folio ${folio}.

Tipo: ${tipo}
Asunto: ${asunto}
Resumen: ${resumen!"(sin resumen)"}
Motivo del turno: ${motivo!"(sin observaciones)"}

Agradeceremos su respuesta a más tardar el ${fechaLimite}, para informar a la persona usuaria.

Atentamente,
División de Atención Ciudadana
