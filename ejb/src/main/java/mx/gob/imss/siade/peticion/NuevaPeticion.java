package mx.gob.imss.siade.peticion;

import java.io.Serializable;
import java.time.OffsetDateTime;
import mx.gob.imss.siade.personas.DatosPersonales;
import mx.gob.imss.siade.personas.TipoPersonaUsuaria;

/** What is captured to register a petición: who presents it, how it arrived and what it asks. */
public record NuevaPeticion(TipoPersonaUsuaria tipoPersona, String nombre, DatosPersonales datosPersonales,
                            MedioCaptacion medioCaptacion, String claveAreaDac, Long ooadId, Long umaeId,
                            String asunto, String resumen, OffsetDateTime fechaRecepcion) implements Serializable {
}
