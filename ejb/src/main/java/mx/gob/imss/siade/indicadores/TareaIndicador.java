package mx.gob.imss.siade.indicadores;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** A case changed whose contribution to the indicators is not yet recomputed: written with the change. */
@Entity
@Table(name = "TAREA_INDICADOR")
public class TareaIndicador implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "TAREA_INDICADOR_SEQ", sequenceName = "TAREA_INDICADOR_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TAREA_INDICADOR_SEQ")
    private Long id;

    @Column(name = "PETICION_ID", nullable = false, updatable = false)
    private long peticionId;

    @Column(name = "CREADA_EN", nullable = false, updatable = false)
    private OffsetDateTime creadaEn;

    protected TareaIndicador() {
    }

    TareaIndicador(long peticionId, OffsetDateTime creadaEn) {
        this.peticionId = peticionId;
        this.creadaEn = creadaEn;
    }
}
