package mx.gob.imss.siade.seguridad;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import mx.gob.imss.siade.catalogos.AreaDac;
import mx.gob.imss.siade.infra.BooleanoNumerico;
import jakarta.persistence.Convert;

/**
 * A person who signs in. The password is stored only as a PBKDF2 hash; the roles are the groups
 * the database identity store hands to Jakarta Security.
 */
@Entity
@Table(name = "USUARIO")
@NamedQuery(name = "Usuario.findByNombreUsuario", query = "SELECT u FROM Usuario u WHERE u.nombreUsuario = :nombreUsuario")
@NamedQuery(name = "Usuario.findAreaId",
        query = "SELECT u.areaDac.id FROM Usuario u WHERE u.nombreUsuario = :nombreUsuario AND u.activo = true")
@NamedQuery(name = "Usuario.findActivosConRol", query = "SELECT DISTINCT u FROM Usuario u JOIN u.roles r"
        + " WHERE r = :rol AND u.activo = true ORDER BY u.nombreUsuario")
@NamedQuery(name = "Usuario.findActivos", query = "SELECT u FROM Usuario u WHERE u.activo = true ORDER BY u.nombreCompleto")
@NamedQuery(name = "Usuario.countDemo", query = "SELECT COUNT(u) FROM Usuario u WHERE u.demo = true")
@NamedQuery(name = "Usuario.findActivosConRolEnArea", query = "SELECT DISTINCT u FROM Usuario u JOIN u.roles r"
        + " WHERE u.areaDac = :area AND r = :rol AND u.activo = true ORDER BY u.nombreUsuario")
public class Usuario implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "USUARIO_SEQ", sequenceName = "USUARIO_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "USUARIO_SEQ")
    private Long id;

    @Column(name = "NOMBRE_USUARIO", nullable = false, unique = true)
    private String nombreUsuario;

    @Column(name = "NOMBRE_COMPLETO", nullable = false)
    private String nombreCompleto;

    private String correo;

    @Column(name = "HASH_CONTRASENA", nullable = false)
    private String hashContrasena;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "AREA_DAC_ID")
    private AreaDac areaDac;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "USUARIO_ROL", joinColumns = @JoinColumn(name = "USUARIO_ID"))
    @Column(name = "ROL")
    @Enumerated(EnumType.STRING)
    private Set<Rol> roles = new HashSet<>();

    @Convert(converter = BooleanoNumerico.class)
    private boolean activo = true;

    @Convert(converter = BooleanoNumerico.class)
    private boolean demo;

    @Column(name = "CREADO_EN", nullable = false)
    private OffsetDateTime creadoEn;

    /** Compared with the RFC of the e.firma certificate this person signs with. */
    private String rfc;

    /** The position printed under a signature. */
    private String puesto;

    /** A temporary password (new user, reset by the administrador): it must be changed at the next sign-in. */
    @Convert(converter = BooleanoNumerico.class)
    @Column(name = "DEBE_CAMBIAR_CONTRASENA")
    private boolean debeCambiarContrasena;

    @Column(name = "CONTRASENA_CAMBIADA_EN")
    private OffsetDateTime contrasenaCambiadaEn;

    @Column(name = "DESACTIVADO_EN")
    private OffsetDateTime desactivadoEn;

    @Version
    private long version;

    protected Usuario() {
    }

    public Usuario(String nombreUsuario, String nombreCompleto, String correo, String hashContrasena,
                   AreaDac areaDac, Set<Rol> roles, OffsetDateTime ahora) {
        if (nombreUsuario == null || !nombreUsuario.matches("[a-z0-9._-]{3,50}")) {
            throw new IllegalArgumentException("Nombre de usuario inválido: " + nombreUsuario);
        }
        if (roles.isEmpty() || roles.contains(Rol.SISTEMA)) {
            throw new IllegalArgumentException("Roles inválidos: " + roles);
        }
        this.nombreUsuario = nombreUsuario;
        this.nombreCompleto = nombreCompleto;
        this.correo = correo;
        this.hashContrasena = hashContrasena;
        this.areaDac = areaDac;
        this.roles = EnumSet.copyOf(roles);
        this.creadoEn = ahora;
    }

    /** The RFC and position that signing needs (the administrador's users screen sets them). */
    public void asignarDatosDeFirma(String rfc, String puesto) {
        this.rfc = rfc == null || rfc.isBlank() ? null : rfc.trim().toUpperCase(java.util.Locale.ROOT);
        this.puesto = puesto == null || puesto.isBlank() ? null : puesto.trim();
    }

    /** The administrador's changes: name, email, área and roles (the user name never changes). */
    public void cambiarDatos(String nuevoNombre, String nuevoCorreo, AreaDac nuevaArea, Set<Rol> nuevosRoles) {
        if (nuevosRoles == null || nuevosRoles.isEmpty() || nuevosRoles.contains(Rol.SISTEMA)) {
            throw new IllegalArgumentException("Roles inválidos: " + nuevosRoles);
        }
        this.nombreCompleto = nuevoNombre;
        this.correo = nuevoCorreo;
        this.areaDac = nuevaArea;
        this.roles.clear();
        this.roles.addAll(nuevosRoles);
    }

    /** No longer signs in; never deleted, so every bitácora entry stays attributed to them. */
    public void desactivar(OffsetDateTime ahora) {
        this.activo = false;
        this.desactivadoEn = ahora;
    }

    public void reactivar() {
        this.activo = true;
        this.desactivadoEn = null;
    }

    /** A new password hash; {@code temporal} when the administrador set it, to be changed at the next sign-in. */
    public void fijarContrasena(String nuevoHash, boolean temporal, OffsetDateTime ahora) {
        this.hashContrasena = nuevoHash;
        this.debeCambiarContrasena = temporal;
        this.contrasenaCambiadaEn = ahora;
    }

    public String getHashContrasena() {
        return hashContrasena;
    }

    public boolean isDebeCambiarContrasena() {
        return debeCambiarContrasena;
    }

    public OffsetDateTime getContrasenaCambiadaEn() {
        return contrasenaCambiadaEn;
    }

    public OffsetDateTime getDesactivadoEn() {
        return desactivadoEn;
    }

    public OffsetDateTime getCreadoEn() {
        return creadoEn;
    }

    public long getVersion() {
        return version;
    }

    public String getRfc() {
        return rfc;
    }

    public String getPuesto() {
        return puesto;
    }

    public void marcarDemo() {
        this.demo = true;
    }

    public Long getId() {
        return id;
    }

    public String getNombreUsuario() {
        return nombreUsuario;
    }

    public String getNombreCompleto() {
        return nombreCompleto;
    }

    public String getCorreo() {
        return correo;
    }

    public AreaDac getAreaDac() {
        return areaDac;
    }

    public Set<Rol> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Rol.class) : EnumSet.copyOf(roles);
    }

    public boolean isActivo() {
        return activo;
    }

    public boolean isDemo() {
        return demo;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Usuario otro && nombreUsuario != null && nombreUsuario.equals(otro.nombreUsuario));
    }

    @Override
    public int hashCode() {
        return nombreUsuario == null ? 0 : nombreUsuario.hashCode();
    }
}
