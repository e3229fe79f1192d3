package mx.gob.imss.siade.seguridad;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import mx.gob.imss.siade.catalogos.AreaDac;
import mx.gob.imss.siade.catalogos.CatalogoRepository;
import org.apache.commons.validator.routines.EmailValidator;

/**
 * The administrador's users: create (with a temporary password shown once, to be changed at the first
 * sign-in), change name, email, área, roles and signing data, reset the password to a temporary one,
 * deactivate and reactivate. Users are never deleted: every bitácora entry stays attributed. Every change
 * is recorded in the security log with who and when, in the same transaction.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class UsuariosService {

    /** Roles of people who work cases of one área: they need one. */
    static final Set<Rol> CON_AREA = EnumSet.of(Rol.CONSULTOR, Rol.SUPERVISOR, Rol.JEFE_AREA, Rol.CORRESPONDENCIA);
    /** Roles that sign oficios as titular: the RFC of their e.firma is required. */
    static final Set<Rol> REQUIEREN_RFC = EnumSet.of(Rol.TITULAR_DAC, Rol.TITULAR_CAO);
    /** Persona física RFC: 4 letters, birth date, 3-character homoclave. */
    private static final String RFC = "[A-ZÑ&]{4}[0-9]{6}[A-Z0-9]{3}";

    @Resource
    private SessionContext contexto;

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Inject
    private UsuarioRepository usuarios;

    @Inject
    private CatalogoRepository catalogos;

    @Inject
    private HashContrasenas hashes;

    @Inject
    private Clock reloj;

    public List<Usuario> todos() {
        return em.createQuery("SELECT u FROM Usuario u LEFT JOIN FETCH u.areaDac ORDER BY u.activo DESC, u.nombreUsuario",
                Usuario.class).getResultList();
    }

    /** Creates the user; returns the temporary password, to hand over once (it is stored only hashed). */
    public String crear(DatosUsuario datos) {
        String nombre = datos.nombreUsuario() == null ? "" : datos.nombreUsuario().trim().toLowerCase(Locale.ROOT);
        if (!nombre.matches("[a-z0-9._-]{3,50}")) {
            throw new UsuarioRechazadoException("error.usuario.nombreUsuario");
        }
        if (usuarios.porNombreUsuario(nombre).isPresent()) {
            throw new UsuarioRechazadoException("error.usuario.duplicado", nombre);
        }
        Validos v = validar(datos);
        String temporal = PoliticaContrasena.temporal();
        OffsetDateTime ahora = OffsetDateTime.now(reloj);
        Usuario usuario = new Usuario(nombre, v.nombreCompleto(), v.correo(), hashes.generar(temporal), v.area(),
                v.roles(), ahora);
        usuario.asignarDatosDeFirma(v.rfc(), v.puesto());
        usuario.fijarContrasena(usuario.getHashContrasena(), true, null);
        usuarios.guardar(usuario);
        registrar(TipoEventoSeguridad.CAMBIO_USUARIO, "Alta de " + nombre + ": " + descripcion(usuario));
        return temporal;
    }

    public Usuario actualizar(long id, DatosUsuario datos, long versionVista) {
        Usuario usuario = paraCambiar(id, versionVista);
        Validos v = validar(datos);
        if (esUnoMismo(usuario) && !v.roles().contains(Rol.ADMIN)) {
            throw new UsuarioRechazadoException("error.usuario.propioAdmin");
        }
        String antes = descripcion(usuario);
        usuario.cambiarDatos(v.nombreCompleto(), v.correo(), v.area(), v.roles());
        usuario.asignarDatosDeFirma(v.rfc(), v.puesto());
        String despues = descripcion(usuario);
        if (!antes.equals(despues)) {
            registrar(TipoEventoSeguridad.CAMBIO_USUARIO,
                    "Cambio de " + usuario.getNombreUsuario() + ": antes " + antes + "; ahora " + despues);
        }
        return usuario;
    }

    public Usuario desactivar(long id, long versionVista) {
        Usuario usuario = paraCambiar(id, versionVista);
        if (esUnoMismo(usuario)) {
            throw new UsuarioRechazadoException("error.usuario.propioDesactivar");
        }
        usuario.desactivar(OffsetDateTime.now(reloj));
        registrar(TipoEventoSeguridad.CAMBIO_USUARIO, "Desactivación de " + usuario.getNombreUsuario());
        return usuario;
    }

    public Usuario reactivar(long id, long versionVista) {
        Usuario usuario = paraCambiar(id, versionVista);
        usuario.reactivar();
        registrar(TipoEventoSeguridad.CAMBIO_USUARIO, "Reactivación de " + usuario.getNombreUsuario());
        return usuario;
    }

    /** A new temporary password (ends the user's open sessions); returned once, to hand over. */
    public String restablecerContrasena(long id, long versionVista) {
        Usuario usuario = paraCambiar(id, versionVista);
        String temporal = PoliticaContrasena.temporal();
        usuario.fijarContrasena(hashes.generar(temporal), true, OffsetDateTime.now(reloj));
        registrar(TipoEventoSeguridad.CAMBIO_CONTRASENA, "Contraseña temporal de " + usuario.getNombreUsuario());
        return temporal;
    }

    private record Validos(String nombreCompleto, String correo, AreaDac area, Set<Rol> roles, String rfc,
                           String puesto) {
    }

    private Validos validar(DatosUsuario d) {
        String nombreCompleto = vacio(d.nombreCompleto());
        if (nombreCompleto == null || nombreCompleto.length() > 200) {
            throw new UsuarioRechazadoException("error.usuario.nombreCompleto");
        }
        String correo = vacio(d.correo());
        if (correo != null && (correo.length() > 254 || !EmailValidator.getInstance().isValid(correo))) {
            throw new UsuarioRechazadoException("error.usuario.correo", correo);
        }
        Set<Rol> roles = d.roles() == null || d.roles().isEmpty() ? EnumSet.noneOf(Rol.class) : EnumSet.copyOf(d.roles());
        if (roles.isEmpty() || roles.contains(Rol.SISTEMA)) {
            throw new UsuarioRechazadoException("error.usuario.roles");
        }
        AreaDac area = d.areaDacId() == null ? null : catalogos.porId(AreaDac.class, d.areaDacId())
                .filter(AreaDac::isActivo).orElseThrow(() -> new UsuarioRechazadoException("error.usuario.area"));
        if (area == null && roles.stream().anyMatch(CON_AREA::contains)) {
            throw new UsuarioRechazadoException("error.usuario.area");
        }
        String rfc = vacio(d.rfc()) == null ? null : d.rfc().trim().toUpperCase(Locale.ROOT);
        if (rfc != null && !rfc.matches(RFC)) {
            throw new UsuarioRechazadoException("error.usuario.rfc", rfc);
        }
        if (rfc == null && roles.stream().anyMatch(REQUIEREN_RFC::contains)) {
            throw new UsuarioRechazadoException("error.usuario.rfcRequerido");
        }
        String puesto = vacio(d.puesto());
        if (puesto != null && puesto.length() > 200) {
            throw new UsuarioRechazadoException("error.usuario.puesto");
        }
        return new Validos(nombreCompleto, correo, area, roles, rfc, puesto);
    }

    private Usuario paraCambiar(long id, long versionVista) {
        Usuario usuario = em.find(Usuario.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (usuario == null) {
            throw new UsuarioRechazadoException("error.usuario.inexistente");
        }
        if (usuario.getVersion() != versionVista) {
            throw new UsuarioRechazadoException("error.usuario.modificado", usuario.getNombreUsuario());
        }
        return usuario;
    }

    private boolean esUnoMismo(Usuario usuario) {
        return usuario.getNombreUsuario().equals(contexto.getCallerPrincipal().getName());
    }

    private static String descripcion(Usuario u) {
        return "nombre «" + u.getNombreCompleto() + "», correo " + u.getCorreo() + ", área "
                + (u.getAreaDac() == null ? "ninguna" : u.getAreaDac().getClave()) + ", roles "
                + u.getRoles().stream().map(Rol::name).sorted().collect(Collectors.joining(",")) + ", RFC " + u.getRfc()
                + ", puesto " + u.getPuesto();
    }

    private void registrar(TipoEventoSeguridad tipo, String detalle) {
        String texto = detalle.length() > 500 ? detalle.substring(0, 497) + "..." : detalle;
        em.persist(new EventoSeguridad(OffsetDateTime.now(reloj), tipo, contexto.getCallerPrincipal().getName(), null,
                texto));
    }

    private static String vacio(String valor) {
        return valor == null || valor.isBlank() ? null : valor.trim();
    }
}
