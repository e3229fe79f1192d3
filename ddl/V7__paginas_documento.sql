-- =====================================================================================
-- Pages of a scanned TIFF as the browser shows them (PNG, scaled to screen width), each rendered
-- once, on its first view, and kept: a page request never re-reads or re-decodes the whole scan.
-- DOCUMENTO.PAGINAS keeps the page count once it has been counted.
-- =====================================================================================
ALTER TABLE DOCUMENTO ADD (PAGINAS NUMBER(5));

CREATE TABLE PAGINA_DOCUMENTO (
  DOCUMENTO_ID  NUMBER(12)  NOT NULL,
  NUMERO        NUMBER(5)   NOT NULL,
  CONTENIDO     BLOB        NOT NULL,
  CONSTRAINT PK_PAGINA_DOCUMENTO PRIMARY KEY (DOCUMENTO_ID, NUMERO),
  CONSTRAINT FK_PAGINA_DOCUMENTO FOREIGN KEY (DOCUMENTO_ID) REFERENCES DOCUMENTO (ID),
  CONSTRAINT CK_PAGINA_DOCUMENTO_NUMERO CHECK (NUMERO >= 0)
);
COMMENT ON TABLE PAGINA_DOCUMENTO IS 'Cada página de un TIFF escaneado convertida a PNG la primera vez que se ve';
