Asunto: Nota informativa – petición ${folio}
<#-- 5.36 y act. 32 (nota): seguimiento de un caso remitido por otra instancia (p. ej. la CNDH). -->
${instancia}:

Le informamos el seguimiento de la petición con folio ${folio}, relativa a «${asunto}», que nos
remitió. Estado actual: ${estado}.

${nota}

Le seguiremos informando hasta su conclusión.

Atentamente,
Área de Gestión, División de Atención Ciudadana
