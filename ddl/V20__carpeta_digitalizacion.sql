-- =====================================================================================
-- Bulk digitisation (issue 10): scans dropped into the configured folder are taken in. A scan whose
-- first page carries the QR of an acuse or an oficio is filed under that folio by itself; the others
-- wait here «por clasificar» for Correspondencia, with the likely folio suggested (a folio or NSS read
-- on the first page). A file leaves the folder only after its row here is committed; the SHA-256 is
-- unique, so a file found again after a crash (committed, not yet removed) is recognised, not taken twice.
-- CONTENIDO holds the scan while it waits (and after it is discarded, for the record); once filed,
-- the document holds it.
-- =====================================================================================
CREATE SEQUENCE ESCANEO_ENTRANTE_SEQ START WITH 1000 INCREMENT BY 50 NOCACHE;
CREATE TABLE ESCANEO_ENTRANTE (
  ID                  NUMBER(12)          NOT NULL,
  NOMBRE_ARCHIVO      VARCHAR2(255 CHAR)  NOT NULL,
  SHA256              VARCHAR2(64 CHAR)   NOT NULL,
  TIPO_MEDIO          VARCHAR2(100 CHAR),
  TAMANO_BYTES        NUMBER(12)          NOT NULL,
  RECIBIDO_EN         TIMESTAMP WITH TIME ZONE NOT NULL,
  ESTADO              VARCHAR2(20 CHAR)   NOT NULL,
  CONTENIDO           BLOB,
  FOLIO_SUGERIDO      VARCHAR2(20 CHAR),
  MOTIVO_SUGERENCIA   VARCHAR2(200 CHAR),
  FOLIO               VARCHAR2(20 CHAR),
  DOCUMENTO_ID        NUMBER(12),
  MOTIVO              VARCHAR2(500 CHAR),
  RESUELTO_POR        VARCHAR2(50 CHAR),
  RESUELTO_EN         TIMESTAMP WITH TIME ZONE,
  VERSION             NUMBER(10)          DEFAULT 0 NOT NULL,
  CONSTRAINT PK_ESCANEO_ENTRANTE PRIMARY KEY (ID),
  CONSTRAINT UK_ESCANEO_ENTRANTE_SHA UNIQUE (SHA256),
  CONSTRAINT FK_ESCANEO_ENTRANTE_DOC FOREIGN KEY (DOCUMENTO_ID) REFERENCES DOCUMENTO (ID),
  CONSTRAINT CK_ESCANEO_ENTRANTE_ESTADO CHECK (ESTADO IN ('ADJUNTADO', 'POR_CLASIFICAR', 'CLASIFICADO', 'DESCARTADO', 'RECHAZADO'))
);
COMMENT ON TABLE ESCANEO_ENTRANTE IS 'Cada archivo tomado de la carpeta de digitalización: adjuntado por su QR, por clasificar, clasificado, descartado o rechazado';
CREATE INDEX IX_ESCANEO_ENTRANTE_ESTADO ON ESCANEO_ENTRANTE (ESTADO, RECIBIDO_EN);
