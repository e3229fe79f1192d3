package mx.gob.imss.siade.correspondencia;

import java.io.Serializable;
import java.time.OffsetDateTime;
import mx.gob.imss.siade.personas.DatosPersonales;
import mx.gob.imss.siade.personas.TipoPersonaUsuaria;
import mx.gob.imss.siade.peticion.MedioCaptacion;
import mx.gob.imss.siade.peticion.NuevaPeticion;

/**
 * A letter as received (5.69): who sends it (a persona usuaria or an organism), by which channel,
 * when, what it is about and where (OOAD or UMAE).
 */
public record Recepcion(TipoPersonaUsuaria tipoRemitente, String remitente, DatosPersonales datosPersonales,
                        MedioCaptacion medio, OffsetDateTime fechaRecepcion, String asunto, String resumen,
                        Long ooadId, Long umaeId) implements Serializable {

    static final String AREA_CORRESPONDENCIA = "CORRESPONDENCIA";

    NuevaPeticion comoNuevaPeticion() {
        return new NuevaPeticion(tipoRemitente, remitente, datosPersonales, medio, AREA_CORRESPONDENCIA, ooadId, umaeId,
                asunto, resumen, fechaRecepcion);
    }
}
