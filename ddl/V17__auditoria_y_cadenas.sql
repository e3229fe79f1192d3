-- =====================================================================================
-- Consulta jurídica (issue 10): who read what, and tamper evidence.
-- AUDITORIA records every read of a case or document by a role that is not working it, every
-- Jurídico search (its criteria, masked), every expediente PDF. It and the BITACORA are hash-chained:
-- each row carries the SHA-256 of the one before it plus its own content, so a row changed, inserted
-- or deleted directly in the database breaks the chain at that row (VerificacionCadenas).
-- =====================================================================================
CREATE SEQUENCE AUDITORIA_SEQ START WITH 1000 INCREMENT BY 1 NOCACHE;
CREATE TABLE AUDITORIA (
  ID             NUMBER(15)          NOT NULL,
  FECHA          TIMESTAMP WITH TIME ZONE NOT NULL,
  USUARIO        VARCHAR2(100 CHAR)  NOT NULL,
  ROLES          VARCHAR2(200 CHAR)  NOT NULL,
  ACCION         VARCHAR2(30 CHAR)   NOT NULL,
  FOLIO          VARCHAR2(20 CHAR),
  DOCUMENTO_ID   NUMBER(15),
  DETALLE        VARCHAR2(1000 CHAR),
  HASH_ANTERIOR  VARCHAR2(64 CHAR)   NOT NULL,
  HASH           VARCHAR2(64 CHAR)   NOT NULL,
  CONSTRAINT PK_AUDITORIA PRIMARY KEY (ID),
  CONSTRAINT CK_AUDITORIA_ACCION CHECK (ACCION IN ('LECTURA_CASO', 'LECTURA_DOCUMENTO', 'BUSQUEDA', 'EXPEDIENTE_PDF'))
);
COMMENT ON TABLE AUDITORIA IS 'Lecturas de casos y documentos por roles que no los trabajan y búsquedas de Jurídico; encadenada por SHA-256';
CREATE INDEX IX_AUDITORIA_FECHA ON AUDITORIA (FECHA);
CREATE INDEX IX_AUDITORIA_FOLIO ON AUDITORIA (FOLIO);

-- The head of each chain: locked while a row is appended, so rows are chained one after the other.
CREATE TABLE CADENA_HASH (
  NOMBRE        VARCHAR2(30 CHAR)   NOT NULL,
  ULTIMO_HASH   VARCHAR2(64 CHAR)   NOT NULL,
  CONSTRAINT PK_CADENA_HASH PRIMARY KEY (NOMBRE)
);
INSERT INTO CADENA_HASH (NOMBRE, ULTIMO_HASH) VALUES ('AUDITORIA', '0000000000000000000000000000000000000000000000000000000000000000');

-- The bitácora is chained per petición (the petición row is locked while an entry is appended). Rows
-- written before this version are sealed once, in order, at the next start (SelladoBitacora).
ALTER TABLE BITACORA ADD (HASH_ANTERIOR VARCHAR2(64 CHAR), HASH VARCHAR2(64 CHAR));
ALTER TABLE PETICION ADD (HASH_BITACORA VARCHAR2(64 CHAR));
COMMENT ON COLUMN PETICION.HASH_BITACORA IS 'Último eslabón de la cadena de la bitácora de la petición (se bloquea la fila al agregar una entrada)';
