-- =====================================================================================
-- Consulta jurídica (issue 10): confidentiality of a case. PUBLICO: the usual rules. RESTRINGIDO: not
-- for roles that read every área only to administer (the administrador). RESERVADO: only the users
-- named on the case and the titulares — in the Bandeja, search results and facet counts, the Expediente,
-- document downloads and the expediente PDF alike. Every change is a bitácora entry.
-- =====================================================================================
ALTER TABLE PETICION ADD (CONFIDENCIALIDAD VARCHAR2(15 CHAR) DEFAULT 'PUBLICO' NOT NULL);
ALTER TABLE PETICION ADD CONSTRAINT CK_PETICION_CONFIDENCIALIDAD CHECK (CONFIDENCIALIDAD IN ('PUBLICO', 'RESTRINGIDO', 'RESERVADO'));

CREATE TABLE PETICION_AUTORIZADO (
  PETICION_ID  NUMBER(12)  NOT NULL,
  USUARIO_ID   NUMBER(10)  NOT NULL,
  CONSTRAINT PK_PETICION_AUTORIZADO PRIMARY KEY (PETICION_ID, USUARIO_ID),
  CONSTRAINT FK_AUTORIZADO_PETICION FOREIGN KEY (PETICION_ID) REFERENCES PETICION (ID),
  CONSTRAINT FK_AUTORIZADO_USUARIO FOREIGN KEY (USUARIO_ID) REFERENCES USUARIO (ID)
);
COMMENT ON TABLE PETICION_AUTORIZADO IS 'Usuarios nombrados en un caso reservado: sólo ellos y los titulares lo ven';
CREATE INDEX IX_AUTORIZADO_USUARIO ON PETICION_AUTORIZADO (USUARIO_ID);
