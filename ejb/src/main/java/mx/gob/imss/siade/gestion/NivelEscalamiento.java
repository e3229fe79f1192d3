package mx.gob.imss.siade.gestion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One level of an área's escalation chain: who (cargo and contact) and how many días hábiles it has. */
@Entity
@Table(name = "NIVEL_ESCALAMIENTO")
public class NivelEscalamiento implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "NIVEL_ESCALAMIENTO_SEQ", sequenceName = "NIVEL_ESCALAMIENTO_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "NIVEL_ESCALAMIENTO_SEQ")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "AREA_INSTITUCIONAL_ID", nullable = false, updatable = false)
    private AreaInstitucional area;

    @Column(nullable = false)
    private int nivel;

    @Column(nullable = false)
    private String cargo;

    private String correo;

    private String telefono;

    @Column(name = "DIAS_HABILES", nullable = false)
    private int diasHabiles;

    protected NivelEscalamiento() {
    }

    NivelEscalamiento(AreaInstitucional area, int nivel, String cargo, String correo, String telefono, int diasHabiles) {
        this.area = area;
        this.nivel = nivel;
        cambiar(cargo, correo, telefono, diasHabiles);
    }

    void cambiar(String nuevoCargo, String nuevoCorreo, String nuevoTelefono, int nuevosDias) {
        this.cargo = nuevoCargo;
        this.correo = nuevoCorreo;
        this.telefono = nuevoTelefono;
        this.diasHabiles = nuevosDias;
    }

    public Long getId() {
        return id;
    }

    public int getNivel() {
        return nivel;
    }

    public String getCargo() {
        return cargo;
    }

    public String getCorreo() {
        return correo;
    }

    public String getTelefono() {
        return telefono;
    }

    public int getDiasHabiles() {
        return diasHabiles;
    }
}
