package mx.gob.imss.siade.consulta;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import mx.gob.imss.siade.peticion.EstadoPeticion;
import mx.gob.imss.siade.peticion.Prioridad;
import mx.gob.imss.siade.peticion.TipoPeticion;
import mx.gob.imss.siade.plazos.Semaforo;

/**
 * One row of the Bandeja, read as a projection so a page costs one narrow query and never loads
 * personal data or documents. {@code version} is the petición's, for a change made from the list
 * (a bulk reassignment) to refuse a case changed meanwhile.
 */
public record FilaBandeja(Long id, String folio, OffsetDateTime fechaRecepcion, String asunto, String persona,
                          EstadoPeticion estado, TipoPeticion tipo, String ooad, String umae, LocalDate fechaLimite,
                          Prioridad prioridad, Integer nivelEscalamiento, LocalDate limiteEscalamiento,
                          long version, Semaforo semaforo) implements Serializable {

    /** Used by the JPQL constructor expression; the semáforo is set afterwards. */
    public FilaBandeja(Long id, String folio, OffsetDateTime fechaRecepcion, String asunto, String persona,
                       EstadoPeticion estado, TipoPeticion tipo, String ooad, String umae, LocalDate fechaLimite,
                       Prioridad prioridad, Integer nivelEscalamiento, LocalDate limiteEscalamiento, long version) {
        this(id, folio, fechaRecepcion, asunto, persona, estado, tipo, ooad, umae, fechaLimite, prioridad,
                nivelEscalamiento, limiteEscalamiento, version, null);
    }

    FilaBandeja conSemaforo(Semaforo nuevo) {
        return new FilaBandeja(id, folio, fechaRecepcion, asunto, persona, estado, tipo, ooad, umae, fechaLimite,
                prioridad, nivelEscalamiento, limiteEscalamiento, version, nuevo);
    }

    /** The date the semáforo follows: an open escalation level's (Gestión), else the answer deadline. */
    public LocalDate limiteVigente() {
        return limiteEscalamiento != null ? limiteEscalamiento : fechaLimite;
    }

    /** OOAD or UMAE, whichever the petición names. */
    public String ubicacion() {
        return ooad != null ? ooad : umae;
    }
}
