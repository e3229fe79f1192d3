Asunto: Conclusión de su petición – folio ${folio}
<#-- Gestión, act. 32–34 y 5.30: conclusión informada a la persona usuaria, con la encuesta de satisfacción. -->
${destinatario}:

Como le informamos por teléfono, su petición con folio ${folio}, relativa a «${asunto}», quedó
atendida con la siguiente respuesta:

${respuesta}

Su opinión nos ayuda a mejorar. Le invitamos a responder la encuesta de satisfacción (una
pregunta y un comentario opcional) en:
${urlEncuesta}

<#if codigoConsulta?has_content>
Su código de consulta es ${codigoConsulta}.

</#if>
Atentamente,
Área de Gestión, División de Atención Ciudadana
