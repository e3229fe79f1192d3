Asunto: Nuevo escrito sobre la petición ${folio} en trámite
<#-- Política 5.73: un escrito nuevo de una petición pendiente se agrega a su folio y se avisa al área responsable. -->
${responsable}:

Se recibió el ${fechaRecepcion} un nuevo escrito de ${remitente} relativo a la petición con folio
${folio} («${asunto}»), que se encuentra en trámite. Se agregó al expediente sin generar un folio
nuevo.
<#if nota?has_content>
Nota: ${nota}
</#if>

Le pedimos considerarlo en la atención de la petición.

Atentamente,
División de Atención Ciudadana
