package mx.gob.imss.siade.oficios;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** The editable text of a kind of oficio, with merge fields from the case (FreeMarker). */
@Entity
@Table(name = "PLANTILLA_OFICIO")
public class PlantillaOficio implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Enumerated(EnumType.STRING)
    private TipoOficio tipo;

    @Column(nullable = false)
    private String nombre;

    @Column(nullable = false)
    private String asunto;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private String cuerpo;

    @Column(name = "ACTUALIZADA_EN", nullable = false)
    private OffsetDateTime actualizadaEn;

    @Version
    private long version;

    protected PlantillaOficio() {
    }

    void editar(String nuevoAsunto, String nuevoCuerpo) {
        this.asunto = nuevoAsunto;
        this.cuerpo = nuevoCuerpo;
        this.actualizadaEn = OffsetDateTime.now();
    }

    public long getVersion() {
        return version;
    }

    public OffsetDateTime getActualizadaEn() {
        return actualizadaEn;
    }

    public TipoOficio getTipo() {
        return tipo;
    }

    public String getNombre() {
        return nombre;
    }

    public String getAsunto() {
        return asunto;
    }

    public String getCuerpo() {
        return cuerpo;
    }
}
