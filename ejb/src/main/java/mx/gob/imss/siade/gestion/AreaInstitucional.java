package mx.gob.imss.siade.gestion;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mx.gob.imss.siade.infra.BooleanoNumerico;

/**
 * An institutional área that solves Gestión's cases (act. 30), with its chain of superiors to escalate
 * to (act. 31): level 1 is the first contact, each further level the superior of the one before.
 */
@Entity
@Table(name = "AREA_INSTITUCIONAL")
@NamedQuery(name = "AreaInstitucional.todas", query = "SELECT a FROM AreaInstitucional a ORDER BY a.nombre")
@NamedQuery(name = "AreaInstitucional.activas",
        query = "SELECT a FROM AreaInstitucional a WHERE a.activa = true ORDER BY a.nombre")
@NamedQuery(name = "AreaInstitucional.porClave", query = "SELECT a FROM AreaInstitucional a WHERE a.clave = :clave")
public class AreaInstitucional implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "AREA_INSTITUCIONAL_SEQ", sequenceName = "AREA_INSTITUCIONAL_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "AREA_INSTITUCIONAL_SEQ")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String clave;

    @Column(nullable = false)
    private String nombre;

    @Convert(converter = BooleanoNumerico.class)
    private boolean activa = true;

    @OneToMany(mappedBy = "area", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("nivel")
    private List<NivelEscalamiento> niveles = new ArrayList<>();

    protected AreaInstitucional() {
    }

    AreaInstitucional(String clave, String nombre) {
        this.clave = clave;
        this.nombre = nombre;
    }

    /** The level {@code nivel} of the chain, if it has one. */
    public Optional<NivelEscalamiento> nivel(int nivel) {
        return niveles.stream().filter(n -> n.getNivel() == nivel).findFirst();
    }

    void renombrar(String nuevoNombre) {
        this.nombre = nuevoNombre;
    }

    void activar(boolean valor) {
        this.activa = valor;
    }

    List<NivelEscalamiento> nivelesModificables() {
        return niveles;
    }

    public Long getId() {
        return id;
    }

    public String getClave() {
        return clave;
    }

    public String getNombre() {
        return nombre;
    }

    public boolean isActiva() {
        return activa;
    }

    public List<NivelEscalamiento> getNiveles() {
        return List.copyOf(niveles);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AreaInstitucional a && id != null && id.equals(a.id);
    }

    @Override
    public int hashCode() {
        return AreaInstitucional.class.hashCode();
    }
}
