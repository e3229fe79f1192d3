-- =====================================================================================
-- The answer deadline runs from reception (the next día hábil after the letter arrived), not from
-- classification. Until a petición is classified (and its tipo gives the term, PLAZO_TIPO_PETICION),
-- it runs against the default term of the channel it came by. The administrador edits both.
-- =====================================================================================
CREATE TABLE PLAZO_MEDIO_CAPTACION (
  MEDIO         VARCHAR2(30 CHAR)   NOT NULL,
  DIAS_HABILES  NUMBER(3)           NOT NULL,
  CONSTRAINT PK_PLAZO_MEDIO_CAPTACION PRIMARY KEY (MEDIO),
  CONSTRAINT CK_PLAZO_MEDIO_CAPTACION_DIAS CHECK (DIAS_HABILES BETWEEN 0 AND 365)
);
COMMENT ON TABLE PLAZO_MEDIO_CAPTACION IS 'Días hábiles de respuesta de una petición aún sin clasificar, por medio de captación';

-- Electronic and phone channels expect a quicker answer; paper and in-person ones the term of a queja.
INSERT INTO PLAZO_MEDIO_CAPTACION (MEDIO, DIAS_HABILES) VALUES ('TELEFONO', 5);
INSERT INTO PLAZO_MEDIO_CAPTACION (MEDIO, DIAS_HABILES) VALUES ('FACEBOOK', 5);
INSERT INTO PLAZO_MEDIO_CAPTACION (MEDIO, DIAS_HABILES) VALUES ('X_TWITTER', 5);
INSERT INTO PLAZO_MEDIO_CAPTACION (MEDIO, DIAS_HABILES) VALUES ('INSTAGRAM', 5);
INSERT INTO PLAZO_MEDIO_CAPTACION (MEDIO, DIAS_HABILES) VALUES ('CHAT', 5);
INSERT INTO PLAZO_MEDIO_CAPTACION (MEDIO, DIAS_HABILES) VALUES ('CORREO_ELECTRONICO', 5);
INSERT INTO PLAZO_MEDIO_CAPTACION (MEDIO, DIAS_HABILES) VALUES ('PRESENCIAL', 10);
INSERT INTO PLAZO_MEDIO_CAPTACION (MEDIO, DIAS_HABILES) VALUES ('CORREO_POSTAL', 10);

-- The Bandeja opens with an área's open petitions, the nearest deadline first.
CREATE INDEX IX_PETICION_AREA_LIMITE ON PETICION (AREA_DAC_ID, FECHA_LIMITE);
