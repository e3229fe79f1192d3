-- =====================================================================================
-- Indicators of timeliness and time of attention (5.23, 5.48), kept as summaries so the dashboard reads a
-- few thousand rows whatever the size of PETICION. How they are kept (docs/decisiones.md, «Indicadores»):
-- every bitácora entry writes a TAREA_INDICADOR in the same transaction (outbox); a restart-safe job takes
-- the tasks, recomputes each case's contribution (INDICADOR_CASO), and applies the difference to the
-- summaries (RESUMEN_DIARIO, RESUMEN_MENSUAL, RESUMEN_TIEMPOS) in one transaction with the deletion of its tasks. A crash leaves the tasks; no change is
-- counted twice because the difference is taken against the contribution stored.
-- =====================================================================================

-- The answer deadline in force when the case was concluded (FECHA_LIMITE is cleared at conclusion).
ALTER TABLE PETICION ADD (LIMITE_AL_CONCLUIR DATE);

-- (EclipseLink takes the first value minus 49 as the start of its block: it must be at least 50.)
CREATE SEQUENCE TAREA_INDICADOR_SEQ START WITH 1000 INCREMENT BY 50 NOCACHE;
CREATE TABLE TAREA_INDICADOR (
  ID           NUMBER(15)          NOT NULL,
  PETICION_ID  NUMBER(12)          NOT NULL,
  CREADA_EN    TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT PK_TAREA_INDICADOR PRIMARY KEY (ID)
);
COMMENT ON TABLE TAREA_INDICADOR IS 'Bandeja de salida de los indicadores: casos cambiados cuya contribución falta recalcular';

-- What each case contributes now (an annulled case contributes nothing). Sentinels instead of NULL keep
-- the summaries' keys simple: TIPO 'SIN_CLASIFICAR', ids 0, TIPO_INSTANCIA 'SIN_DERIVAR', EN_PLAZO -1.
CREATE TABLE INDICADOR_CASO (
  PETICION_ID     NUMBER(12)          NOT NULL,
  AREA_DAC_ID     NUMBER(10)          NOT NULL,
  MEDIO           VARCHAR2(30 CHAR)   NOT NULL,
  TIPO            VARCHAR2(20 CHAR)   NOT NULL,
  OOAD_ID         NUMBER(10)          NOT NULL,
  UMAE_ID         NUMBER(10)          NOT NULL,
  INSTANCIA_ID    NUMBER(10)          NOT NULL,
  TIPO_INSTANCIA  VARCHAR2(20 CHAR)   NOT NULL,
  DIA_RECEPCION   DATE                NOT NULL,
  DIA_CONCLUSION  DATE,
  DIAS_HABILES    NUMBER(5),
  EN_PLAZO        NUMBER(1),
  CUENTA          NUMBER(1)           NOT NULL,
  CONSTRAINT PK_INDICADOR_CASO PRIMARY KEY (PETICION_ID)
);

-- The summaries have coarse grains so a dashboard reads a few thousand rows whatever the size of PETICION
-- (measured: one row per day and per combination of every attribute was almost one row per case at a
-- million cases). Periods are whole months (the report of 5.48 is monthly).
-- Received per day and channel (the time series of one or two months).
CREATE TABLE RESUMEN_DIARIO (
  DIA             DATE                NOT NULL,
  AREA_DAC_ID     NUMBER(10)          NOT NULL,
  MEDIO           VARCHAR2(30 CHAR)   NOT NULL,
  CANTIDAD        NUMBER(10)          NOT NULL,
  CONSTRAINT PK_RESUMEN_DIARIO PRIMARY KEY (DIA, AREA_DAC_ID, MEDIO)
);

-- Received per month by one attribute at a time: DIMENSION 'MEDIO', 'TIPO', 'UBICACION' ('OOAD:15',
-- 'UMAE:6', '' for none) or 'INSTANCIA' (id of the instancia of the last derivation, '0' never derived).
CREATE TABLE RESUMEN_MENSUAL (
  MES             DATE                NOT NULL,
  AREA_DAC_ID     NUMBER(10)          NOT NULL,
  DIMENSION       VARCHAR2(12 CHAR)   NOT NULL,
  CLAVE           VARCHAR2(40 CHAR)   NOT NULL,
  CANTIDAD        NUMBER(10)          NOT NULL,
  CONSTRAINT PK_RESUMEN_MENSUAL PRIMARY KEY (MES, AREA_DAC_ID, DIMENSION, CLAVE)
);

-- Concluded per month: a histogram of business days from reception to conclusion (exact medians and
-- percentiles) per tipo (GRUPO 'TIPO') and per kind of instancia (GRUPO 'INSTANCIA'), with how many met
-- their answer deadline and how many did not (the rest had none).
CREATE TABLE RESUMEN_TIEMPOS (
  MES             DATE                NOT NULL,
  AREA_DAC_ID     NUMBER(10)          NOT NULL,
  GRUPO           VARCHAR2(10 CHAR)   NOT NULL,
  CLAVE           VARCHAR2(20 CHAR)   NOT NULL,
  DIAS_HABILES    NUMBER(5)           NOT NULL,
  CANTIDAD        NUMBER(10)          NOT NULL,
  EN_PLAZO        NUMBER(10)          NOT NULL,
  FUERA_PLAZO     NUMBER(10)          NOT NULL,
  CONSTRAINT PK_RESUMEN_TIEMPOS PRIMARY KEY (MES, AREA_DAC_ID, GRUPO, CLAVE, DIAS_HABILES)
);

-- One row: the job's lock across nodes, and when the summaries were last brought up to date.
CREATE TABLE INDICADOR_ESTADO (
  ID              NUMBER(1)           NOT NULL,
  ACTUALIZADO_EN  TIMESTAMP WITH TIME ZONE,
  CONSTRAINT PK_INDICADOR_ESTADO PRIMARY KEY (ID)
);
INSERT INTO INDICADOR_ESTADO (ID) VALUES (1);

-- Every case there is gets its first contribution.
-- (Negative ids: the sequence gives the positive ones.)
INSERT INTO TAREA_INDICADOR (ID, PETICION_ID, CREADA_EN) SELECT -ID, ID, SYSTIMESTAMP FROM PETICION;

-- Open cases by semáforo and per consultor are counted on PETICION itself: an index that holds what those
-- counts read, so they do not visit the table's rows.
CREATE INDEX IX_PETICION_ABIERTAS ON PETICION (ESTADO, AREA_DAC_ID, FECHA_LIMITE, LIMITE_ESCALAMIENTO, CONSULTOR_ID);

-- Answers sent back as not conclusive, counted by period; surveys answered by period.
CREATE INDEX IX_BITACORA_TIPO_FECHA ON BITACORA (TIPO_EVENTO, FECHA);
CREATE INDEX IX_ENCUESTA_RESPONDIDA ON ENCUESTA_SATISFACCION (RESPONDIDA_EN);

-- The monthly statistical report (5.48) emailed on the first business day of each month to whoever asked
-- for it: one row per person; ULTIMO_MES (YYYY-MM) is the month last sent, set by a conditional update so
-- one node sends it once.
CREATE TABLE SUSCRIPCION_REPORTE (
  USUARIO_ID   NUMBER(10)          NOT NULL,
  AREA_DAC_ID  NUMBER(10),
  CREADA_EN    TIMESTAMP WITH TIME ZONE NOT NULL,
  ULTIMO_MES   VARCHAR2(7 CHAR),
  CONSTRAINT PK_SUSCRIPCION_REPORTE PRIMARY KEY (USUARIO_ID),
  CONSTRAINT FK_SUSCRIPCION_USUARIO FOREIGN KEY (USUARIO_ID) REFERENCES USUARIO (ID),
  CONSTRAINT FK_SUSCRIPCION_AREA FOREIGN KEY (AREA_DAC_ID) REFERENCES AREA_DAC (ID)
);
COMMENT ON COLUMN SUSCRIPCION_REPORTE.AREA_DAC_ID IS 'Área del reporte; NULL: todas (sólo titulares)';

-- An outgoing email may carry one attachment (the report's PDF).
ALTER TABLE CORREO_SALIENTE ADD (ADJUNTO_NOMBRE VARCHAR2(200 CHAR), ADJUNTO_TIPO VARCHAR2(100 CHAR), ADJUNTO BLOB);
