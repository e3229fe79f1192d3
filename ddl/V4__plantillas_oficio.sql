-- =====================================================================================
-- Plantillas de oficio editables por el administrador: HTML con campos de combinación
-- (FreeMarker: ${folio}, ${remitente}, ...). Las iniciales siguen los anexos del procedimiento.
-- =====================================================================================
CREATE TABLE PLANTILLA_OFICIO (
  TIPO           VARCHAR2(30 CHAR)   NOT NULL,
  NOMBRE         VARCHAR2(150 CHAR)  NOT NULL,
  ASUNTO         VARCHAR2(300 CHAR)  NOT NULL,
  CUERPO         CLOB                NOT NULL,
  ACTUALIZADA_EN TIMESTAMP WITH TIME ZONE DEFAULT SYSTIMESTAMP NOT NULL,
  VERSION        NUMBER(10) DEFAULT 0 NOT NULL,
  CONSTRAINT PK_PLANTILLA_OFICIO PRIMARY KEY (TIPO),
  CONSTRAINT CK_PLANTILLA_OFICIO_TIPO CHECK (TIPO IN ('CONCLUSION', 'SOLICITUD_DATOS', 'NOTIFICACION', 'DERIVACION',
                                                     'RESPUESTA', 'RECIBIDO'))
);
COMMENT ON TABLE PLANTILLA_OFICIO IS 'Texto de cada tipo de oficio con campos de combinación del expediente; lo edita el administrador';

INSERT INTO PLANTILLA_OFICIO (TIPO, NOMBRE, ASUNTO, CUERPO) VALUES ('CONCLUSION',
 'Oficio de conclusión (Anexo 37)', 'Conclusión de la petición ${folio}',
 '<p>${destinatario}<br/>${domicilio}</p>
<p>En atención a su escrito recibido el ${fechaRecepcion}, registrado con el folio <b>${folio}</b>, relativo a
«${asunto}», le informamos que el ${fechaSolicitud} le solicitamos los datos de contacto necesarios para
atenderlo y, al no haberlos recibido dentro del plazo establecido, su petición se da por concluida por falta
de información.</p>
<p>Si lo desea, puede presentar un nuevo escrito con sus datos de contacto (nombre, NSS, teléfono o correo
electrónico) y con gusto lo atenderemos.</p>');

INSERT INTO PLANTILLA_OFICIO (TIPO, NOMBRE, ASUNTO, CUERPO) VALUES ('SOLICITUD_DATOS',
 'Solicitud de datos de contacto por correo postal (Anexo 39)', 'Solicitud de datos complementarios, folio ${folio}',
 '<p>${destinatario}<br/>${domicilio}</p>
<p>Recibimos su escrito del ${fechaRecepcion}, registrado con el folio <b>${folio}</b>, relativo a «${asunto}».
Para atenderlo necesitamos los siguientes datos: ${datosSolicitados}.</p>
<p>Le pedimos hacerlos llegar a más tardar el ${fechaLimite}. De no recibirlos, su petición se concluirá por
falta de información.</p>');

INSERT INTO PLANTILLA_OFICIO (TIPO, NOMBRE, ASUNTO, CUERPO) VALUES ('NOTIFICACION',
 'Oficio de notificación a la persona usuaria (Anexo 44)', 'Notificación sobre su petición ${folio}',
 '<p>${destinatario}<br/>${domicilio}</p>
<p>En atención a su escrito registrado con el folio <b>${folio}</b>, relativo a «${asunto}», le informamos que,
por ser de su competencia, se hizo del conocimiento de ${instancia}, instancia que dará el trámite que
corresponda.</p>');
