package mx.gob.imss.siade.plazos;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import mx.gob.imss.siade.peticion.TipoPeticion;

/** Business days an instancia has to answer a petición of a tipo (5.13, 5.18; Anexo 3). */
@Entity
@Table(name = "PLAZO_TIPO_PETICION")
public class PlazoTipoPeticion implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Enumerated(EnumType.STRING)
    private TipoPeticion tipo;

    @Column(name = "DIAS_HABILES", nullable = false)
    private int diasHabiles;

    protected PlazoTipoPeticion() {
    }

    void fijar(int dias) {
        if (dias < 0 || dias > 365) {
            throw PlazoInvalidoException.fueraDeRango(dias);
        }
        this.diasHabiles = dias;
    }

    public TipoPeticion getTipo() {
        return tipo;
    }

    public int getDiasHabiles() {
        return diasHabiles;
    }
}
