-- =====================================================================================
-- Consulta pública del estado de una petición (sin sesión): folio + código de consulta. El código
-- (12 caracteres al azar, 60 bits) se guarda cifrado con la clave de datos personales, como los
-- demás datos de la persona usuaria: se imprime en el acuse y va en los correos a la persona.
-- Las peticiones anteriores reciben el suyo al arrancar la aplicación (consulta.CodigosDeConsulta).
-- =====================================================================================
ALTER TABLE PETICION ADD (CODIGO_CONSULTA VARCHAR2(200 CHAR));
COMMENT ON COLUMN PETICION.CODIGO_CONSULTA IS 'Código de la consulta pública, cifrado (jasypt); con el folio abre /consulta';
