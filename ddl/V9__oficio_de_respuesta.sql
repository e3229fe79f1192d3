-- =====================================================================================
-- Each oficio says what fits its situation. The Anexo 37 text is the conclusion for lack of
-- information (it cites the request of data); a case closed with an instancia's accepted answer gets
-- its own oficio, which gives that answer to the persona usuaria.
-- =====================================================================================
UPDATE PLANTILLA_OFICIO SET NOMBRE = 'Oficio de conclusión por falta de información (Anexo 37)'
 WHERE TIPO = 'CONCLUSION' AND NOMBRE = 'Oficio de conclusión (Anexo 37)';

INSERT INTO PLANTILLA_OFICIO (TIPO, NOMBRE, ASUNTO, CUERPO) VALUES ('RESPUESTA',
 'Oficio de respuesta a la persona usuaria', 'Respuesta a su petición ${folio}',
 '<p>${destinatario}<br/>${domicilio}</p>
<p>En atención a su escrito recibido el ${fechaRecepcion}, registrado con el folio <b>${folio}</b>, relativo a
«${asunto}», le informamos que ${instancia}, instancia responsable de su atención, dio la siguiente
respuesta:</p>
<p>${respuesta}</p>
<p>Con esta respuesta su petición queda atendida. Si necesita más información, cite el folio <b>${folio}</b>
en su comunicación.</p>');

-- "datos: Teléfono." gave "Teléfono.." when the requested data already ended with a full stop.
UPDATE PLANTILLA_OFICIO SET CUERPO = REPLACE(CUERPO, '${datosSolicitados}.', '${datosSolicitados?remove_ending(".")}.')
 WHERE TIPO = 'SOLICITUD_DATOS';
