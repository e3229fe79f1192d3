-- =====================================================================================
-- Firma de oficios (5.70, 5.71): rúbricas por rondas, versiones del texto, ausencias de los
-- titulares con su suplente, firma electrónica PAdES con código de verificación pública.
-- =====================================================================================

-- Who signs needs an RFC (it is compared with the RFC of the e.firma certificate) and a position
-- (printed in the visible signature block).
ALTER TABLE USUARIO ADD (RFC VARCHAR2(13 CHAR), PUESTO VARCHAR2(200 CHAR));
COMMENT ON COLUMN USUARIO.RFC IS 'RFC de la persona; debe coincidir con el del certificado con el que firma';

-- An oficio carries who must sign it and whether it goes to an Órgano normativo (then the Titular DAC
-- initials it and the Titular CAO signs), the round of rúbricas in course and the version of its text.
ALTER TABLE OFICIO ADD (
  FIRMANTE_ID                NUMBER(10),
  ORGANO_NORMATIVO           NUMBER(1) DEFAULT 0 NOT NULL,
  RONDA_RUBRICA              NUMBER(3) DEFAULT 0 NOT NULL,
  VERSION_TEXTO              NUMBER(3) DEFAULT 1 NOT NULL
);
ALTER TABLE OFICIO ADD CONSTRAINT FK_OFICIO_FIRMANTE FOREIGN KEY (FIRMANTE_ID) REFERENCES USUARIO (ID);
ALTER TABLE OFICIO ADD CONSTRAINT CK_OFICIO_ORGANO_NORMATIVO CHECK (ORGANO_NORMATIVO IN (0, 1));
ALTER TABLE OFICIO DROP CONSTRAINT CK_OFICIO_ESTADO;
ALTER TABLE OFICIO ADD CONSTRAINT CK_OFICIO_ESTADO CHECK (ESTADO IN ('BORRADOR', 'EN_RUBRICA', 'POR_FIRMAR', 'FIRMADO',
                                                                   'ENVIADO', 'RECIBIDO', 'CANCELADO'));
CREATE INDEX IX_OFICIO_ESTADO ON OFICIO (ESTADO, FIRMANTE_ID);
COMMENT ON COLUMN OFICIO.FIRMANTE_ID IS 'Titular que debe firmarlo (DAC, o CAO si va a un Órgano normativo); fijado al turnarlo a rúbrica';

-- Each time an oficio goes to rúbrica a new round of rows; a returned round stays as it was.
ALTER TABLE RUBRICA ADD (RONDA NUMBER(3) DEFAULT 1 NOT NULL, PAPEL VARCHAR2(20 CHAR) DEFAULT 'JEFE_AREA' NOT NULL);
ALTER TABLE RUBRICA DROP CONSTRAINT UK_RUBRICA_ORDEN;
ALTER TABLE RUBRICA ADD CONSTRAINT UK_RUBRICA_ORDEN UNIQUE (OFICIO_ID, RONDA, ORDEN);
ALTER TABLE RUBRICA DROP CONSTRAINT CK_RUBRICA_ESTADO;
ALTER TABLE RUBRICA ADD CONSTRAINT CK_RUBRICA_ESTADO CHECK (ESTADO IN ('PENDIENTE', 'RUBRICADA', 'RECHAZADA', 'OMITIDA'));
ALTER TABLE RUBRICA ADD CONSTRAINT CK_RUBRICA_PAPEL CHECK (PAPEL IN ('REDACCION', 'JEFE_AREA', 'TITULAR_DAC'));
ALTER TABLE RUBRICA ADD VERSION NUMBER(10) DEFAULT 0 NOT NULL;

-- Every earlier text of an oficio and its PDF, kept when the text is edited after a return.
CREATE SEQUENCE VERSION_OFICIO_SEQ START WITH 1000 INCREMENT BY 50 NOCACHE;
CREATE TABLE VERSION_OFICIO (
  ID            NUMBER(12)          NOT NULL,
  OFICIO_ID     NUMBER(12)          NOT NULL,
  NUMERO        NUMBER(3)           NOT NULL,
  ASUNTO        VARCHAR2(300 CHAR)  NOT NULL,
  CUERPO        CLOB,
  DOCUMENTO_ID  NUMBER(12),
  REEMPLAZADA_POR VARCHAR2(50 CHAR) NOT NULL,
  REEMPLAZADA_EN  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT PK_VERSION_OFICIO PRIMARY KEY (ID),
  CONSTRAINT UK_VERSION_OFICIO UNIQUE (OFICIO_ID, NUMERO),
  CONSTRAINT FK_VERSION_OFICIO_OFICIO FOREIGN KEY (OFICIO_ID) REFERENCES OFICIO (ID),
  CONSTRAINT FK_VERSION_OFICIO_DOCUMENTO FOREIGN KEY (DOCUMENTO_ID) REFERENCES DOCUMENTO (ID)
);
COMMENT ON TABLE VERSION_OFICIO IS 'Versiones anteriores del texto de un oficio con su PDF; nunca se sobrescriben';

-- Absences of a titular (5.70): during them the suplente signs.
CREATE SEQUENCE AUSENCIA_SEQ START WITH 1000 INCREMENT BY 50 NOCACHE;
CREATE TABLE AUSENCIA (
  ID              NUMBER(12)          NOT NULL,
  TITULAR_ID      NUMBER(10)          NOT NULL,
  SUPLENTE_ID     NUMBER(10)          NOT NULL,
  DESDE           DATE                NOT NULL,
  HASTA           DATE                NOT NULL,
  MOTIVO          VARCHAR2(300 CHAR),
  REGISTRADA_POR  VARCHAR2(50 CHAR)   NOT NULL,
  REGISTRADA_EN   TIMESTAMP WITH TIME ZONE NOT NULL,
  CANCELADA       NUMBER(1) DEFAULT 0 NOT NULL,
  VERSION         NUMBER(10) DEFAULT 0 NOT NULL,
  CONSTRAINT PK_AUSENCIA PRIMARY KEY (ID),
  CONSTRAINT FK_AUSENCIA_TITULAR FOREIGN KEY (TITULAR_ID) REFERENCES USUARIO (ID),
  CONSTRAINT FK_AUSENCIA_SUPLENTE FOREIGN KEY (SUPLENTE_ID) REFERENCES USUARIO (ID),
  CONSTRAINT CK_AUSENCIA_FECHAS CHECK (HASTA >= DESDE),
  CONSTRAINT CK_AUSENCIA_DISTINTOS CHECK (TITULAR_ID <> SUPLENTE_ID),
  CONSTRAINT CK_AUSENCIA_CANCELADA CHECK (CANCELADA IN (0, 1))
);
COMMENT ON TABLE AUSENCIA IS 'Ausencia de un titular con fechas y quién firma en su lugar (5.70); sin traslapes por titular';
CREATE INDEX IX_AUSENCIA_TITULAR ON AUSENCIA (TITULAR_ID, DESDE);
CREATE INDEX IX_AUSENCIA_SUPLENTE ON AUSENCIA (SUPLENTE_ID, DESDE);

-- The signature: on whose behalf, the certificate, the level, the file's fingerprint and the code of
-- the public verification page (printed under the QR).
ALTER TABLE FIRMA_OFICIO ADD (
  TITULAR_ID            NUMBER(10),
  CARGO                 VARCHAR2(200 CHAR),
  CERTIFICADO_RFC       VARCHAR2(13 CHAR),
  CERTIFICADO_EMISOR    VARCHAR2(500 CHAR),
  NIVEL                 VARCHAR2(30 CHAR),
  SHA256                VARCHAR2(64 CHAR),
  CODIGO_VERIFICACION   VARCHAR2(32 CHAR)
);
ALTER TABLE FIRMA_OFICIO ADD CONSTRAINT FK_FIRMA_OFICIO_TITULAR FOREIGN KEY (TITULAR_ID) REFERENCES USUARIO (ID);
ALTER TABLE FIRMA_OFICIO ADD CONSTRAINT UK_FIRMA_OFICIO_CODIGO UNIQUE (CODIGO_VERIFICACION);
CREATE INDEX IX_FIRMA_OFICIO_SHA256 ON FIRMA_OFICIO (SHA256);
COMMENT ON COLUMN FIRMA_OFICIO.CODIGO_VERIFICACION IS '16 caracteres al azar (80 bits): con el folio del oficio abre /verificar';

-- The oficio that turns a case to an instancia (an Órgano normativo among them: 5.71).
INSERT INTO PLANTILLA_OFICIO (TIPO, NOMBRE, ASUNTO, CUERPO) VALUES ('DERIVACION',
 'Oficio de turno a la instancia responsable', 'Se turna la petición ${folio}',
 '<p>${instancia}<br/>Presente</p>
<p>Con fundamento en el procedimiento de atención de peticiones, se turna a esa instancia el escrito recibido el
${fechaRecepcion}, registrado con el folio <b>${folio}</b>, relativo a «${asunto}», para su atención y respuesta
fundada y motivada dentro del plazo establecido.</p>
<p>Le solicitamos informar a esta División la atención brindada, citando el folio <b>${folio}</b>.</p>');

-- Demo users that sign (embedded default only: DEMO = 1): their RFC matches the demo e.firma.
UPDATE USUARIO SET RFC = 'FOMP750312AB1', PUESTO = 'Titular de la División de Atención Ciudadana'
 WHERE NOMBRE_USUARIO = 'titular.dac' AND DEMO = 1;
UPDATE USUARIO SET RFC = 'TOVR700820CD2', PUESTO = 'Titular de la Coordinación de Atención y Orientación al Derechohabiente'
 WHERE NOMBRE_USUARIO = 'titular.cao' AND DEMO = 1;
UPDATE USUARIO SET PUESTO = 'Jefe del Área de Correspondencia' WHERE NOMBRE_USUARIO = 'jefe' AND DEMO = 1;
