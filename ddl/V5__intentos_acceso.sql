-- =====================================================================================
-- Intentos de inicio de sesión fallidos, por cuenta y por dirección de origen: dan las esperas
-- crecientes y el bloqueo temporal (ReglasIntentosAcceso). Viven en la base y no en la memoria
-- de un nodo para que un clúster de varios nodos cuente los mismos intentos.
-- EVENTO_SEGURIDAD guarda los bloqueos, desbloqueos e inicios de sesión fallidos.
-- =====================================================================================
CREATE TABLE INTENTO_ACCESO (
  CLAVE            VARCHAR2(200 CHAR)  NOT NULL,
  FALLOS           NUMBER(6) DEFAULT 0 NOT NULL,
  ULTIMO_FALLO     TIMESTAMP WITH TIME ZONE NOT NULL,
  ESPERA_HASTA     TIMESTAMP WITH TIME ZONE,
  BLOQUEADO_HASTA  TIMESTAMP WITH TIME ZONE,
  VERSION          NUMBER(10) DEFAULT 0 NOT NULL,
  CONSTRAINT PK_INTENTO_ACCESO PRIMARY KEY (CLAVE)
);
COMMENT ON TABLE INTENTO_ACCESO IS 'Fallos recientes de inicio de sesión por cuenta (U:nombre) o por dirección (D:ip)';

CREATE SEQUENCE EVENTO_SEGURIDAD_SEQ START WITH 1000 INCREMENT BY 50 NOCACHE;

CREATE TABLE EVENTO_SEGURIDAD (
  ID           NUMBER(15)          NOT NULL,
  FECHA        TIMESTAMP WITH TIME ZONE DEFAULT SYSTIMESTAMP NOT NULL,
  TIPO         VARCHAR2(30 CHAR)   NOT NULL,
  USUARIO      VARCHAR2(100 CHAR),
  DIRECCION    VARCHAR2(64 CHAR),
  DETALLE      VARCHAR2(500 CHAR),
  CONSTRAINT PK_EVENTO_SEGURIDAD PRIMARY KEY (ID),
  CONSTRAINT CK_EVENTO_SEGURIDAD_TIPO CHECK (TIPO IN ('ACCESO_FALLIDO', 'BLOQUEO', 'DESBLOQUEO', 'ACCESO_REHUSADO',
                                                     'ACCESO_DENEGADO_CASO'))
);
COMMENT ON TABLE EVENTO_SEGURIDAD IS 'Registro de seguridad: fallos de acceso, bloqueos y desbloqueos, intentos sobre casos ajenos';
CREATE INDEX IX_EVENTO_SEGURIDAD_FECHA ON EVENTO_SEGURIDAD (FECHA);
