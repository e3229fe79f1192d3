package mx.gob.imss.siade.plazos;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import mx.gob.imss.siade.peticion.MedioCaptacion;

/** Business days to answer a petición not classified yet, by the channel it came by. */
@Entity
@Table(name = "PLAZO_MEDIO_CAPTACION")
public class PlazoMedioCaptacion implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Enumerated(EnumType.STRING)
    private MedioCaptacion medio;

    @Column(name = "DIAS_HABILES", nullable = false)
    private int diasHabiles;

    protected PlazoMedioCaptacion() {
    }

    void fijar(int dias) {
        if (dias < 0 || dias > 365) {
            throw PlazoInvalidoException.fueraDeRango(dias);
        }
        this.diasHabiles = dias;
    }

    public MedioCaptacion getMedio() {
        return medio;
    }

    public int getDiasHabiles() {
        return diasHabiles;
    }
}
