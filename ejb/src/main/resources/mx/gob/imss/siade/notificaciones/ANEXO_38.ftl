Asunto: Solicitud de datos complementarios – folio ${folio}
<#-- Anexo 38: correo de solicitud de datos de contacto o complementarios a la persona usuaria. -->
${destinatario}:

Recibimos su escrito registrado con el folio ${folio}, relativo a «${asunto}».
Para atenderlo necesitamos los siguientes datos: ${datosSolicitados?remove_ending(".")}.

Le pedimos responder a este correo a más tardar el ${fechaLimite}. De no recibirlos, su petición
se concluirá por falta de información.

<#if codigoConsulta?has_content>
Puede consultar el estado de su petición en ${urlConsulta} con su folio ${folio} y su código de
consulta ${codigoConsulta}.

</#if>
Atentamente,
División de Atención Ciudadana
