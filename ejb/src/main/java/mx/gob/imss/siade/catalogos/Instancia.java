package mx.gob.imss.siade.catalogos;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import mx.gob.imss.siade.infra.BooleanoNumerico;
import jakarta.persistence.Convert;

/**
 * An office a petición can be derived to. OIC and SNTSS are notified and not followed up
 * (act. 123 note): {@link #isConSeguimiento()} is false for them.
 */
@Entity
@Table(name = "INSTANCIA")
@NamedQuery(name = "Instancia.findActivas", query = "SELECT i FROM Instancia i WHERE i.activo = true ORDER BY i.tipo, i.nombre")
public class Instancia implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @jakarta.persistence.SequenceGenerator(name = "INSTANCIA_SEQ", sequenceName = "INSTANCIA_SEQ", allocationSize = 1)
    @jakarta.persistence.GeneratedValue(strategy = jakarta.persistence.GenerationType.SEQUENCE, generator = "INSTANCIA_SEQ")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TipoInstancia tipo;

    @Column(nullable = false)
    private String nombre;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "OOAD_ID")
    private Ooad ooad;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "UMAE_ID")
    private Umae umae;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ORGANO_NORMATIVO_ID")
    private OrganoNormativo organoNormativo;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "AREA_DAC_ID")
    private AreaDac areaDac;

    private String correo;

    @Convert(converter = BooleanoNumerico.class)
    @Column(name = "CON_SEGUIMIENTO")
    private boolean conSeguimiento = true;

    @Convert(converter = BooleanoNumerico.class)
    private boolean activo = true;

    protected Instancia() {
    }

    /**
     * A new instancia: a CDAOD names its OOAD, a JDAOD its UMAE, an órgano normativo its dirección, an área
     * DAC its área (checked by the administration service); OIC and SNTSS are notified, not followed up.
     */
    public Instancia(TipoInstancia tipo, String nombre, Ooad ooad, Umae umae, OrganoNormativo organoNormativo,
                     AreaDac areaDac, String correo) {
        this.tipo = tipo;
        this.nombre = nombre;
        this.ooad = ooad;
        this.umae = umae;
        this.organoNormativo = organoNormativo;
        this.areaDac = areaDac;
        this.correo = correo;
        this.conSeguimiento = tipo != TipoInstancia.OIC && tipo != TipoInstancia.SNTSS;
    }

    /** The name and the enlace email derivations are sent to (from the next derivation on). */
    public void cambiar(String nuevoNombre, String nuevoCorreo) {
        this.nombre = nuevoNombre;
        this.correo = nuevoCorreo;
    }

    public void activar(boolean activa) {
        this.activo = activa;
    }

    public Long getId() {
        return id;
    }

    public TipoInstancia getTipo() {
        return tipo;
    }

    public String getNombre() {
        return nombre;
    }

    public Ooad getOoad() {
        return ooad;
    }

    public Umae getUmae() {
        return umae;
    }

    public OrganoNormativo getOrganoNormativo() {
        return organoNormativo;
    }

    public AreaDac getAreaDac() {
        return areaDac;
    }

    public String getCorreo() {
        return correo;
    }

    public boolean isConSeguimiento() {
        return conSeguimiento;
    }

    public boolean isActivo() {
        return activo;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Instancia otra && id != null && id.equals(otra.id));
    }

    @Override
    public int hashCode() {
        return Instancia.class.hashCode();
    }

    @Override
    public String toString() {
        return nombre;
    }
}
