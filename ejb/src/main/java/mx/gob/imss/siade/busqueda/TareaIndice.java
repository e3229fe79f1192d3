package mx.gob.imss.siade.busqueda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** A petición changed and not yet reindexed: written in the same transaction as the change. */
@Entity
@Table(name = "TAREA_INDICE")
public class TareaIndice implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "TAREA_INDICE_SEQ", sequenceName = "TAREA_INDICE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TAREA_INDICE_SEQ")
    private Long id;

    @Column(name = "PETICION_ID", nullable = false, updatable = false)
    private long peticionId;

    @Column(name = "CREADA_EN", nullable = false, updatable = false)
    private OffsetDateTime creadaEn;

    protected TareaIndice() {
    }

    TareaIndice(long peticionId, OffsetDateTime creadaEn) {
        this.peticionId = peticionId;
        this.creadaEn = creadaEn;
    }

    public Long getId() {
        return id;
    }

    public long getPeticionId() {
        return peticionId;
    }
}
