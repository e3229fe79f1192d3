-- =====================================================================================
-- Ingreso de casos desde otros sistemas (el CRM de Atención Telefónica) por la API REST, con cuenta
-- de servicio (rol INTEGRACION) y clave de idempotencia: la misma clave dos veces da un solo caso y la
-- misma respuesta. La llave primaria (cuenta, clave) hace que dos llamadas simultáneas den un caso.
-- =====================================================================================
ALTER TABLE USUARIO_ROL DROP CONSTRAINT CK_USUARIO_ROL_ROL;
ALTER TABLE USUARIO_ROL ADD CONSTRAINT CK_USUARIO_ROL_ROL CHECK (ROL IN ('CONSULTOR', 'SUPERVISOR', 'JEFE_AREA',
  'TITULAR_DAC', 'TITULAR_CAO', 'CORRESPONDENCIA', 'JURIDICO', 'ADMIN', 'INTEGRACION'));

CREATE TABLE INGRESO_API (
  CUENTA              VARCHAR2(50 CHAR)   NOT NULL,
  CLAVE_IDEMPOTENCIA  VARCHAR2(100 CHAR)  NOT NULL,
  HUELLA_CUERPO       VARCHAR2(64 CHAR)   NOT NULL,
  PETICION_ID         NUMBER(12)          NOT NULL,
  RECIBIDO_EN         TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT PK_INGRESO_API PRIMARY KEY (CUENTA, CLAVE_IDEMPOTENCIA),
  CONSTRAINT FK_INGRESO_API_PETICION FOREIGN KEY (PETICION_ID) REFERENCES PETICION (ID)
);
COMMENT ON TABLE INGRESO_API IS 'Casos recibidos por la API: cuenta de servicio, clave de idempotencia y huella del cuerpo';
CREATE INDEX IX_INGRESO_API_PETICION ON INGRESO_API (PETICION_ID, CUENTA);
