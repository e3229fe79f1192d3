-- =====================================================================================
-- Gestión: casos recibidos de otras instancias por teléfono o correo (Formato de petición,
-- Anexo 16; Bitácora de casos recibidos por instancias, Anexo 18), y la Libreta de enlace de los
-- turnos nocturno, de fin de semana y de días festivos (Anexo 5, 5.38–5.39).
-- =====================================================================================
ALTER TABLE PETICION ADD (INSTANCIA_ORIGEN VARCHAR2(200 CHAR), CORREO_INSTANCIA_ORIGEN VARCHAR2(254 CHAR));
COMMENT ON COLUMN PETICION.INSTANCIA_ORIGEN IS 'Instancia que remitió el caso a Gestión (Anexo 16); nulo si no vino de otra instancia';
COMMENT ON COLUMN PETICION.CORREO_INSTANCIA_ORIGEN IS 'Correo de la instancia: recibe las notas informativas y la conclusión (5.36, act. 32 nota)';
CREATE INDEX IX_PETICION_ORIGEN ON PETICION (AREA_DAC_ID, FECHA_RECEPCION, INSTANCIA_ORIGEN);

-- Entries are written once and never changed; the review (convert into a case or assign to a
-- person) fills the review columns once. The persona's name and telephone are encrypted like every
-- personal datum.
CREATE SEQUENCE LIBRETA_ENLACE_SEQ START WITH 1000 INCREMENT BY 50 NOCACHE;
CREATE TABLE LIBRETA_ENLACE (
  ID               NUMBER(12)          NOT NULL,
  AREA_DAC_ID      NUMBER(10)          NOT NULL,
  ESCRITA_EN       TIMESTAMP WITH TIME ZONE NOT NULL,
  TURNO            VARCHAR2(20 CHAR)   NOT NULL,
  ESCRITA_POR      VARCHAR2(50 CHAR)   NOT NULL,
  PERSONA          VARCHAR2(500 CHAR)  NOT NULL,
  TELEFONO         VARCHAR2(200 CHAR),
  ASUNTO           VARCHAR2(300 CHAR)  NOT NULL,
  DESCRIPCION      VARCHAR2(4000 CHAR) NOT NULL,
  REVISION         VARCHAR2(20 CHAR),
  REVISADA_POR     VARCHAR2(50 CHAR),
  REVISADA_EN      TIMESTAMP WITH TIME ZONE,
  PETICION_ID      NUMBER(12),
  ASIGNADA_A_ID    NUMBER(10),
  INSTRUCCION      VARCHAR2(1000 CHAR),
  CONSTRAINT PK_LIBRETA_ENLACE PRIMARY KEY (ID),
  CONSTRAINT FK_LIBRETA_AREA FOREIGN KEY (AREA_DAC_ID) REFERENCES AREA_DAC (ID),
  CONSTRAINT FK_LIBRETA_PETICION FOREIGN KEY (PETICION_ID) REFERENCES PETICION (ID),
  CONSTRAINT FK_LIBRETA_ASIGNADA FOREIGN KEY (ASIGNADA_A_ID) REFERENCES USUARIO (ID),
  CONSTRAINT CK_LIBRETA_TURNO CHECK (TURNO IN ('NOCTURNO', 'FIN_DE_SEMANA', 'DIA_FESTIVO')),
  CONSTRAINT CK_LIBRETA_REVISION CHECK (
    (REVISION IS NULL AND REVISADA_POR IS NULL AND REVISADA_EN IS NULL AND PETICION_ID IS NULL AND ASIGNADA_A_ID IS NULL)
    OR (REVISION = 'CONVERTIDA' AND REVISADA_POR IS NOT NULL AND REVISADA_EN IS NOT NULL AND PETICION_ID IS NOT NULL)
    OR (REVISION = 'ASIGNADA' AND REVISADA_POR IS NOT NULL AND REVISADA_EN IS NOT NULL AND ASIGNADA_A_ID IS NOT NULL))
);
COMMENT ON TABLE LIBRETA_ENLACE IS 'Libreta de enlace (Anexo 5): entradas de los turnos nocturno, fin de semana y festivos, revisadas por el jefe de área';
CREATE INDEX IX_LIBRETA_PENDIENTES ON LIBRETA_ENLACE (AREA_DAC_ID, REVISION, ESCRITA_EN);

-- Oracle also gets a trigger that refuses any change after review and any delete:
-- ddl/oracle/V15_1__libreta_inmutable.sql (H2 takes only Java triggers; there the entity keeps the rule).
