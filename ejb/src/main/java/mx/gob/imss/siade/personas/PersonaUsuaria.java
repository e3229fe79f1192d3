package mx.gob.imss.siade.personas;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.OffsetDateTime;
import mx.gob.imss.siade.seguridad.CifradoDatosPersonales;
import mx.gob.imss.siade.infra.BooleanoNumerico;
import jakarta.persistence.Convert;

/**
 * The person (or organism) who presents petitions. Personal data is kept only encrypted; the
 * keyed hashes of NSS and CURP allow exact search. The name stays in clear, normalised beside
 * it, because antecedents are searched by name (5.11, 5.19).
 */
@Entity
@Table(name = "PERSONA_USUARIA")
@NamedQuery(name = "PersonaUsuaria.findByNssHash", query = "SELECT p FROM PersonaUsuaria p WHERE p.nssHash = :hash")
@NamedQuery(name = "PersonaUsuaria.findIdsByNssHash", query = "SELECT p.id FROM PersonaUsuaria p WHERE p.nssHash = :hash")
@NamedQuery(name = "PersonaUsuaria.findIdsByNombreNormalizado",
        query = "SELECT p.id FROM PersonaUsuaria p WHERE p.nombreNormalizado = :nombre")
@NamedQuery(name = "PersonaUsuaria.findByCurpHash", query = "SELECT p FROM PersonaUsuaria p WHERE p.curpHash = :hash")
public class PersonaUsuaria implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String CAMPO_NSS = "NSS";
    static final String CAMPO_CURP = "CURP";

    @Id
    @SequenceGenerator(name = "PERSONA_USUARIA_SEQ", sequenceName = "PERSONA_USUARIA_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PERSONA_USUARIA_SEQ")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TipoPersonaUsuaria tipo;

    @Column(nullable = false)
    private String nombre;

    @Column(name = "NOMBRE_NORMALIZADO", nullable = false)
    private String nombreNormalizado;

    @Column(name = "NSS_CIFRADO")
    private String nssCifrado;

    @Column(name = "NSS_HASH")
    private String nssHash;

    @Column(name = "CURP_CIFRADO")
    private String curpCifrado;

    @Column(name = "CURP_HASH")
    private String curpHash;

    @Column(name = "RFC_CIFRADO")
    private String rfcCifrado;

    @Column(name = "TELEFONO_CIFRADO")
    private String telefonoCifrado;

    @Column(name = "CORREO_CIFRADO")
    private String correoCifrado;

    @Column(name = "DOMICILIO_CIFRADO")
    private String domicilioCifrado;

    @Convert(converter = BooleanoNumerico.class)
    private boolean demo;

    @Column(name = "CREADO_EN", nullable = false)
    private OffsetDateTime creadoEn;

    @Version
    private long version;

    protected PersonaUsuaria() {
    }

    public PersonaUsuaria(TipoPersonaUsuaria tipo, String nombre, DatosPersonales datos,
                          CifradoDatosPersonales cifrado, OffsetDateTime ahora) {
        if (tipo == null) {
            throw new IllegalArgumentException("tipo requerido");
        }
        this.tipo = tipo;
        renombrar(nombre);
        actualizarDatos(datos, cifrado);
        this.creadoEn = ahora;
    }

    public static String huellaNss(Nss nss, CifradoDatosPersonales cifrado) {
        return cifrado.huella(CAMPO_NSS, nss.valor());
    }

    public static String huellaCurp(Curp curp, CifradoDatosPersonales cifrado) {
        return cifrado.huella(CAMPO_CURP, curp.valor());
    }

    public final void renombrar(String nuevoNombre) {
        if (nuevoNombre == null || nuevoNombre.isBlank()) {
            throw new DatoPersonalInvalidoException("error.nombre.requerido", "");
        }
        String limpio = nuevoNombre.trim().replaceAll("\\s+", " ");
        if (limpio.length() > 200) {
            throw new DatoPersonalInvalidoException("error.nombre.largo", limpio);
        }
        this.nombre = limpio;
        this.nombreNormalizado = NombreNormalizado.de(limpio);
    }

    public final void actualizarDatos(DatosPersonales datos, CifradoDatosPersonales cifrado) {
        this.nssCifrado = datos.nss() == null ? null : cifrado.cifrar(datos.nss().valor());
        this.nssHash = datos.nss() == null ? null : huellaNss(datos.nss(), cifrado);
        this.curpCifrado = datos.curp() == null ? null : cifrado.cifrar(datos.curp().valor());
        this.curpHash = datos.curp() == null ? null : huellaCurp(datos.curp(), cifrado);
        this.rfcCifrado = datos.rfc() == null ? null : cifrado.cifrar(datos.rfc().valor());
        this.telefonoCifrado = cifrado.cifrar(datos.telefono());
        this.correoCifrado = cifrado.cifrar(datos.correo());
        this.domicilioCifrado = cifrado.cifrar(datos.domicilio());
    }

    /** Decrypts the personal data; callers decide whether the current role may see it. */
    public DatosPersonales datosPersonales(CifradoDatosPersonales cifrado) {
        return new DatosPersonales(
                nssCifrado == null ? null : new Nss(cifrado.descifrar(nssCifrado)),
                curpCifrado == null ? null : new Curp(cifrado.descifrar(curpCifrado)),
                rfcCifrado == null ? null : new Rfc(cifrado.descifrar(rfcCifrado)),
                cifrado.descifrar(telefonoCifrado),
                cifrado.descifrar(correoCifrado),
                cifrado.descifrar(domicilioCifrado));
    }

    public void marcarDemo() {
        this.demo = true;
    }

    public Long getId() {
        return id;
    }

    public TipoPersonaUsuaria getTipo() {
        return tipo;
    }

    public String getNombre() {
        return nombre;
    }

    /** The HMAC fingerprint of the NSS (searchable without decrypting), or null. */
    public String getHuellaNss() {
        return nssHash;
    }

    /** The HMAC fingerprint of the CURP, or null. */
    public String getHuellaCurp() {
        return curpHash;
    }

    public String getNombreNormalizado() {
        return nombreNormalizado;
    }

    public boolean isDemo() {
        return demo;
    }

    public OffsetDateTime getCreadoEn() {
        return creadoEn;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof PersonaUsuaria otra && id != null && id.equals(otra.id));
    }

    @Override
    public int hashCode() {
        return PersonaUsuaria.class.hashCode();
    }
}
