package mx.gob.imss.siade.web.seguridad;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import mx.gob.imss.siade.catalogos.AreaDac;
import mx.gob.imss.siade.catalogos.CatalogoService;
import mx.gob.imss.siade.seguridad.DatosUsuario;
import mx.gob.imss.siade.seguridad.IntentoAcceso;
import mx.gob.imss.siade.seguridad.IntentosAccesoService;
import mx.gob.imss.siade.seguridad.Rol;
import mx.gob.imss.siade.seguridad.Usuario;
import mx.gob.imss.siade.seguridad.UsuariosService;
import mx.gob.imss.siade.web.infra.Mensajes;

/**
 * The administrador's users screen: the list (with sign-in locks), a form to create or change one, and
 * the actions deactivate, reactivate, reset password and unlock. A temporary password is shown once.
 */
@Named
@ViewScoped
public class UsuariosView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UsuariosService usuarios;

    @Inject
    private IntentosAccesoService intentos;

    @Inject
    private CatalogoService catalogos;

    private List<Usuario> lista;
    private Map<String, IntentoAcceso> bloqueos;
    private List<AreaDac> areas;

    /** The user in the form; null: a new one. */
    private Usuario editado;
    private String nombreUsuario;
    private String nombreCompleto;
    private String correo;
    private Long areaDacId;
    private Rol[] roles = new Rol[0];
    private String rfc;
    private String puesto;

    /** The temporary password just given, shown once; and to whom. */
    private String temporal;
    private String temporalDe;

    @PostConstruct
    void cargar() {
        lista = usuarios.todos();
        bloqueos = intentos.bloqueados().stream().filter(IntentoAcceso::isCuenta)
                .collect(Collectors.toMap(IntentoAcceso::getSujeto, Function.identity(), (a, b) -> a));
        if (areas == null) {
            areas = catalogos.areasDac();
        }
    }

    public void nuevo() {
        editado = null;
        nombreUsuario = null;
        nombreCompleto = null;
        correo = null;
        areaDacId = null;
        roles = new Rol[0];
        rfc = null;
        puesto = null;
        temporal = null;
    }

    public void editar(Usuario usuario) {
        editado = usuario;
        nombreUsuario = usuario.getNombreUsuario();
        nombreCompleto = usuario.getNombreCompleto();
        correo = usuario.getCorreo();
        areaDacId = usuario.getAreaDac() == null ? null : usuario.getAreaDac().getId();
        roles = usuario.getRoles().toArray(new Rol[0]);
        rfc = usuario.getRfc();
        puesto = usuario.getPuesto();
        temporal = null;
    }

    public void guardar() {
        DatosUsuario datos = new DatosUsuario(nombreUsuario, nombreCompleto, correo, areaDacId,
                roles == null || roles.length == 0 ? EnumSet.noneOf(Rol.class) : EnumSet.copyOf(List.of(roles)), rfc, puesto);
        if (editado == null) {
            temporal = usuarios.crear(datos);
            temporalDe = datos.nombreUsuario().trim().toLowerCase(java.util.Locale.ROOT);
            Mensajes.info("usuarios.creado", temporalDe);
        } else {
            Usuario cambiado = usuarios.actualizar(editado.getId(), datos, editado.getVersion());
            Mensajes.info("usuarios.guardado", cambiado.getNombreUsuario());
        }
        cargar();
        recargarEditado();
    }

    public void desactivar() {
        usuarios.desactivar(editado.getId(), editado.getVersion());
        Mensajes.info("usuarios.desactivado", editado.getNombreUsuario());
        cargar();
        recargarEditado();
    }

    public void reactivar() {
        usuarios.reactivar(editado.getId(), editado.getVersion());
        Mensajes.info("usuarios.reactivado", editado.getNombreUsuario());
        cargar();
        recargarEditado();
    }

    public void restablecer() {
        temporal = usuarios.restablecerContrasena(editado.getId(), editado.getVersion());
        temporalDe = editado.getNombreUsuario();
        Mensajes.info("usuarios.restablecida", editado.getNombreUsuario());
        cargar();
        recargarEditado();
    }

    public void desbloquear(Usuario usuario) {
        intentos.desbloquear(IntentoAcceso.deCuenta(usuario.getNombreUsuario()));
        Mensajes.info("seguridad.desbloqueado", usuario.getNombreUsuario());
        cargar();
    }

    /** The form shows the user as now stored (its new version), after an action. */
    private void recargarEditado() {
        String nombre = editado != null ? editado.getNombreUsuario() : temporalDe;
        lista.stream().filter(u -> u.getNombreUsuario().equals(nombre)).findFirst().ifPresent(u -> {
            String guardada = temporal;
            editar(u);
            temporal = guardada;
        });
    }

    /** Until when the account is locked by failed sign-ins, or null. */
    public OffsetDateTime bloqueadaHasta(Usuario usuario) {
        IntentoAcceso intento = bloqueos.get(usuario.getNombreUsuario());
        return intento == null ? null : intento.getBloqueadoHasta();
    }

    public String rolesDe(Usuario usuario) {
        return usuario.getRoles().stream().map(r -> mx.gob.imss.siade.infra.Textos.etiqueta(r))
                .collect(Collectors.joining(", "));
    }

    public Rol[] getRolesPosibles() {
        return EnumSet.complementOf(EnumSet.of(Rol.SISTEMA)).toArray(new Rol[0]);
    }

    public boolean isNuevo() {
        return editado == null;
    }

    public Usuario getEditado() {
        return editado;
    }

    public List<Usuario> getLista() {
        return lista;
    }

    public List<AreaDac> getAreas() {
        return areas;
    }

    public String getTemporal() {
        return temporal;
    }

    public String getTemporalDe() {
        return temporalDe;
    }

    public String getNombreUsuario() {
        return nombreUsuario;
    }

    public void setNombreUsuario(String nombreUsuario) {
        this.nombreUsuario = nombreUsuario;
    }

    public String getNombreCompleto() {
        return nombreCompleto;
    }

    public void setNombreCompleto(String nombreCompleto) {
        this.nombreCompleto = nombreCompleto;
    }

    public String getCorreo() {
        return correo;
    }

    public void setCorreo(String correo) {
        this.correo = correo;
    }

    public Long getAreaDacId() {
        return areaDacId;
    }

    public void setAreaDacId(Long areaDacId) {
        this.areaDacId = areaDacId;
    }

    public Rol[] getRoles() {
        return roles;
    }

    public void setRoles(Rol[] roles) {
        this.roles = roles == null ? new Rol[0] : roles.clone();
    }

    public String getRfc() {
        return rfc;
    }

    public void setRfc(String rfc) {
        this.rfc = rfc;
    }

    public String getPuesto() {
        return puesto;
    }

    public void setPuesto(String puesto) {
        this.puesto = puesto;
    }
}
