Asunto: Solicitud de datos complementarios – folio ${folio}
<#-- Anexo 21: formato para solicitar datos complementarios por parte del área de Gestión (act. 26). -->
${destinatario}:

El área de Gestión de la División de Atención Ciudadana recibió su petición, registrada con el
folio ${folio}, relativa a «${asunto}». Intentamos comunicarnos con usted por teléfono sin
lograrlo.

Para atenderla necesitamos los siguientes datos: ${datosSolicitados?remove_ending(".")}.

Le pedimos responder a este correo o comunicarse con nosotros a más tardar el ${fechaLimite}
(tres días hábiles). De no recibir respuesta, su petición se concluirá y quedará registrada como
una orientación.

<#if codigoConsulta?has_content>
Puede consultar el estado de su petición en ${urlConsulta} con su folio ${folio} y su código de
consulta ${codigoConsulta}.

</#if>
Atentamente,
Área de Gestión, División de Atención Ciudadana
