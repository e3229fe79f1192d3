Asunto: Su petición quedó registrada con el folio ${folio}
<#-- Gestión (act. 27): la persona usuaria fue localizada por teléfono; se le confirma su folio y cómo consultarlo. -->
${destinatario}:

Como le informamos por teléfono, su petición relativa a «${asunto}» quedó registrada en el Sistema de
Atención a Derechohabientes con el folio ${folio}.

<#if codigoConsulta?has_content>
Puede consultar su estado en ${urlConsulta} con su folio ${folio} y su código de consulta
${codigoConsulta}.

</#if>
Atentamente,
División de Atención Ciudadana
