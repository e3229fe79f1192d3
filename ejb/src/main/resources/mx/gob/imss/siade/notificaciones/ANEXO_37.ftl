Asunto: Conclusión de su petición ${folio}
<#-- Anexo 37: oficio de conclusión enviado por correo electrónico. -->
${destinatario}:

En atención a su escrito registrado con el folio ${folio}, relativo a «${asunto}», le informamos
que el ${fechaSolicitud} le solicitamos datos necesarios para atenderlo y, al no haberlos recibido
dentro del plazo, su petición se da por concluida por falta de información (oficio ${folioOficio}).

Puede presentar un nuevo escrito con sus datos de contacto y con gusto lo atenderemos.

<#if codigoConsulta?has_content>
Puede consultar el estado de su petición en ${urlConsulta} con su folio ${folio} y su código de
consulta ${codigoConsulta}.

</#if>
Atentamente,
División de Atención Ciudadana
