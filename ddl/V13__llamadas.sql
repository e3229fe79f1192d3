-- =====================================================================================
-- Registro de llamadas de primer contacto de Gestión (act. 25–27): cada intento con su fecha, el
-- número marcado (cifrado, como los demás datos de la persona usuaria), el resultado y una nota.
-- =====================================================================================
CREATE SEQUENCE LLAMADA_SEQ START WITH 1000 INCREMENT BY 50 NOCACHE;
CREATE TABLE LLAMADA (
  ID              NUMBER(12)          NOT NULL,
  PETICION_ID     NUMBER(12)          NOT NULL,
  FECHA           TIMESTAMP WITH TIME ZONE NOT NULL,
  NUMERO          VARCHAR2(200 CHAR)  NOT NULL,
  RESULTADO       VARCHAR2(30 CHAR)   NOT NULL,
  NOTA            VARCHAR2(1000 CHAR),
  REGISTRADA_POR  VARCHAR2(50 CHAR)   NOT NULL,
  CONSTRAINT PK_LLAMADA PRIMARY KEY (ID),
  CONSTRAINT FK_LLAMADA_PETICION FOREIGN KEY (PETICION_ID) REFERENCES PETICION (ID),
  CONSTRAINT CK_LLAMADA_RESULTADO CHECK (RESULTADO IN ('LOCALIZADA', 'NO_CONTESTA', 'BUZON', 'NUMERO_EQUIVOCADO',
                                                      'FUERA_DE_SERVICIO'))
);
COMMENT ON TABLE LLAMADA IS 'Intentos de llamada de primer contacto a la persona usuaria (Gestión, act. 25-27)';
COMMENT ON COLUMN LLAMADA.NUMERO IS 'Número marcado, cifrado (jasypt) con la clave de datos personales';
CREATE INDEX IX_LLAMADA_PETICION ON LLAMADA (PETICION_ID, FECHA);
