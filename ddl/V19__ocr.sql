-- =====================================================================================
-- OCR of digitised documents (issue 10). Every scan filed (reception, answers, oficios received)
-- leaves a job here in the same transaction; background workers (one per core and node) take
-- jobs by a conditional UPDATE with a lease (NODO, VENCE_EN), so a job is never worked twice at
-- once across nodes and a job whose node died is taken again when its lease runs out. Each page
-- commits on its own (OCR_PAGINA): a job taken again resumes after the last page done. A failing
-- page keeps its reason and is retried a bounded number of times. The searchable PDF (image +
-- invisible text) is kept beside the original, which is never altered.
-- =====================================================================================
CREATE TABLE OCR_DOCUMENTO (
  DOCUMENTO_ID      NUMBER(12)          NOT NULL,
  ESTADO            VARCHAR2(20 CHAR)   NOT NULL,
  INTENTOS          NUMBER(3)           DEFAULT 0 NOT NULL,
  PAGINAS           NUMBER(5),
  NODO              VARCHAR2(120 CHAR),
  VENCE_EN          TIMESTAMP WITH TIME ZONE,
  ERROR             VARCHAR2(500 CHAR),
  CREADO_EN         TIMESTAMP WITH TIME ZONE NOT NULL,
  TERMINADO_EN      TIMESTAMP WITH TIME ZONE,
  PDF_BUSCABLE      BLOB,
  TAMANO_BUSCABLE   NUMBER(12),
  CONSTRAINT PK_OCR_DOCUMENTO PRIMARY KEY (DOCUMENTO_ID),
  CONSTRAINT FK_OCR_DOCUMENTO FOREIGN KEY (DOCUMENTO_ID) REFERENCES DOCUMENTO (ID),
  CONSTRAINT CK_OCR_DOCUMENTO_ESTADO CHECK (ESTADO IN ('PENDIENTE', 'EN_PROCESO', 'TERMINADO', 'FALLIDO'))
);
COMMENT ON TABLE OCR_DOCUMENTO IS 'Cola del reconocimiento de texto (OCR) de cada documento digitalizado y su PDF con texto';
COMMENT ON COLUMN OCR_DOCUMENTO.VENCE_EN IS 'EN_PROCESO: fin del arriendo del nodo que lo trabaja; PENDIENTE: no antes de (reintento)';
COMMENT ON COLUMN OCR_DOCUMENTO.INTENTOS IS 'Veces que un nodo tomó el trabajo; pasado el límite queda FALLIDO';
CREATE INDEX IX_OCR_DOCUMENTO_ESTADO ON OCR_DOCUMENTO (ESTADO, CREADO_EN);

CREATE TABLE OCR_PAGINA (
  DOCUMENTO_ID  NUMBER(12)         NOT NULL,
  NUMERO        NUMBER(5)          NOT NULL,
  ORIGEN        VARCHAR2(10 CHAR)  NOT NULL,
  TEXTO         CLOB,
  PDF           BLOB,
  INTENTOS      NUMBER(3)          DEFAULT 0 NOT NULL,
  ERROR         VARCHAR2(500 CHAR),
  CONSTRAINT PK_OCR_PAGINA PRIMARY KEY (DOCUMENTO_ID, NUMERO),
  CONSTRAINT FK_OCR_PAGINA FOREIGN KEY (DOCUMENTO_ID) REFERENCES OCR_DOCUMENTO (DOCUMENTO_ID),
  CONSTRAINT CK_OCR_PAGINA_ORIGEN CHECK (ORIGEN IN ('OCR', 'NATIVO', 'REINTENTO', 'FALLIDA')),
  CONSTRAINT CK_OCR_PAGINA_NUMERO CHECK (NUMERO >= 0)
);
COMMENT ON TABLE OCR_PAGINA IS 'Texto de cada página: reconocido (OCR), propio del PDF (NATIVO), o su falla (REINTENTO, FALLIDA)';
COMMENT ON COLUMN OCR_PAGINA.PDF IS 'La página con su capa de texto hasta que se arma el PDF con texto del documento';

-- Scans filed before this version are queued too (generated PDFs — oficios, acuses — carry their text).
INSERT INTO OCR_DOCUMENTO (DOCUMENTO_ID, ESTADO, CREADO_EN)
SELECT d.ID, 'PENDIENTE', d.CARGADO_EN
  FROM DOCUMENTO d JOIN TIPO_DOCUMENTO t ON t.ID = d.TIPO_DOCUMENTO_ID
 WHERE t.CLAVE IN ('ESCRITO', 'ANEXO', 'IDENTIFICACION', 'OFICIO_RECIBIDO', 'OFICIO_RESPUESTA', 'OTRO');
