-- =====================================================================================
-- Bandeja de salida de correo (transactional outbox): each outgoing email is written in the
-- same transaction as the business change that causes it, and delivered after commit.
-- =====================================================================================
CREATE SEQUENCE CORREO_SALIENTE_SEQ START WITH 1000 INCREMENT BY 50 NOCACHE;

CREATE TABLE CORREO_SALIENTE (
  ID              NUMBER(14)          NOT NULL,
  PETICION_ID     NUMBER(12),
  PLANTILLA       VARCHAR2(40 CHAR)   NOT NULL,
  DESTINATARIO    VARCHAR2(500 CHAR)  NOT NULL,
  ASUNTO          VARCHAR2(300 CHAR)  NOT NULL,
  CUERPO          CLOB                NOT NULL,
  ESTADO          VARCHAR2(20 CHAR)   NOT NULL,
  INTENTOS        NUMBER(3) DEFAULT 0 NOT NULL,
  ULTIMO_ERROR    VARCHAR2(1000 CHAR),
  CREADO_POR      VARCHAR2(50 CHAR)   NOT NULL,
  CREADO_EN       TIMESTAMP WITH TIME ZONE NOT NULL,
  ENVIADO_EN      TIMESTAMP WITH TIME ZONE,
  VERSION         NUMBER(10) DEFAULT 0 NOT NULL,
  CONSTRAINT PK_CORREO_SALIENTE PRIMARY KEY (ID),
  CONSTRAINT FK_CORREO_SALIENTE_PETICION FOREIGN KEY (PETICION_ID) REFERENCES PETICION (ID),
  CONSTRAINT CK_CORREO_SALIENTE_ESTADO CHECK (ESTADO IN ('PENDIENTE', 'ENVIADO', 'FALLIDO')),
  CONSTRAINT CK_CORREO_SALIENTE_INTENTOS CHECK (INTENTOS >= 0)
);
COMMENT ON TABLE CORREO_SALIENTE IS 'Correo saliente: se escribe en la transacción del cambio y se entrega después del commit';
COMMENT ON COLUMN CORREO_SALIENTE.PLANTILLA IS 'Anexo del procedimiento que da forma al correo, p. ej. ANEXO_41';
COMMENT ON COLUMN CORREO_SALIENTE.ESTADO IS 'PENDIENTE hasta entregarse; FALLIDO tras agotar los reintentos';
CREATE INDEX IX_CORREO_SALIENTE_ESTADO ON CORREO_SALIENTE (ESTADO, CREADO_EN);
CREATE INDEX IX_CORREO_SALIENTE_PETICION ON CORREO_SALIENTE (PETICION_ID);

-- Enlace addresses of the instancias are not in the source: placeholders in the reserved
-- .invalid domain (RFC 2606) that no server accepts, for the administrador to replace.
UPDATE INSTANCIA SET CORREO = 'enlace.cdaod.' || (SELECT CLAVE FROM OOAD o WHERE o.ID = INSTANCIA.OOAD_ID) || '@siade.invalid'
 WHERE TIPO = 'CDAOD';
UPDATE INSTANCIA SET CORREO = 'enlace.jdaod.' || LOWER((SELECT CLAVE FROM UMAE u WHERE u.ID = INSTANCIA.UMAE_ID)) || '@siade.invalid'
 WHERE TIPO = 'JDAOD';
UPDATE INSTANCIA SET CORREO = 'enlace.' || LOWER((SELECT CLAVE FROM ORGANO_NORMATIVO n WHERE n.ID = INSTANCIA.ORGANO_NORMATIVO_ID)) || '@siade.invalid'
 WHERE TIPO = 'ORGANO_NORMATIVO';
UPDATE INSTANCIA SET CORREO = 'area.' || LOWER((SELECT CLAVE FROM AREA_DAC a WHERE a.ID = INSTANCIA.AREA_DAC_ID)) || '@siade.invalid'
 WHERE TIPO = 'AREA_DAC';
UPDATE INSTANCIA SET CORREO = 'oic@siade.invalid' WHERE TIPO = 'OIC';
UPDATE INSTANCIA SET CORREO = 'sntss@siade.invalid' WHERE TIPO = 'SNTSS';
