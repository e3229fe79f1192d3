Asunto: Solicitud de apoyo – petición ${folio} (nivel ${nivel})
<#-- Gestión, act. 30–31: contacto con el área institucional responsable o escalamiento a su superior. -->
${cargo}
${area}

El área de Gestión de la División de Atención Ciudadana le solicita su apoyo para dar solución a
la petición con folio ${folio}, relativa a «${asunto}».

<#if nota?has_content>
${nota}

</#if>
Le agradeceremos comunicar la solución a más tardar el ${fechaLimite}. De no recibirla, el caso
se turnará al siguiente nivel de su área.

Atentamente,
Área de Gestión, División de Atención Ciudadana
