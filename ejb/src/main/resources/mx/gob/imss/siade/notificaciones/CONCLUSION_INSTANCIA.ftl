Asunto: Conclusión de la petición ${folio}
<#-- Act. 32 (nota): la instancia que remitió el caso conoce su conclusión. -->
${instancia}:

La petición con folio ${folio}, relativa a «${asunto}», que nos remitió, quedó concluida. Se
informó a la persona usuaria la siguiente respuesta:

${respuesta}

Atentamente,
Área de Gestión, División de Atención Ciudadana
