package mx.gob.imss.siade.web.seguridad;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import mx.gob.imss.siade.seguridad.Rol;

/**
 * The screens and the roles that use each: the one list the menu shows from and
 * {@link AccesoPantallas} enforces (the services behind each screen check again on their own).
 */
public enum Pantalla {
    BANDEJA("/bandeja.xhtml", Set.of(Rol.dePersonas())),
    EXPEDIENTE("/expediente.xhtml", Set.of(Rol.dePersonas())),
    /** Search over every case the reader may read (Consulta jurídica). */
    BUSQUEDA("/busqueda.xhtml", Set.of(Rol.dePersonas())),
    /** Indicators of timeliness and time of attention, and the statistical report (5.23, 5.48). */
    INDICADORES("/indicadores.xhtml", EnumSet.of(Rol.SUPERVISOR, Rol.JEFE_AREA, Rol.TITULAR_DAC, Rol.TITULAR_CAO)),
    RECEPCION("/recepcion.xhtml", EnumSet.of(Rol.CORRESPONDENCIA, Rol.SUPERVISOR, Rol.JEFE_AREA)),
    /** Scans from the digitisation folder that named no folio by themselves. */
    POR_CLASIFICAR("/por-clasificar.xhtml", EnumSet.of(Rol.CORRESPONDENCIA, Rol.SUPERVISOR)),
    CORREOS("/correos.xhtml", EnumSet.of(Rol.CORRESPONDENCIA, Rol.CONSULTOR, Rol.SUPERVISOR, Rol.JEFE_AREA, Rol.ADMIN)),
    PLANTILLAS("/plantillas-oficio.xhtml", EnumSet.of(Rol.ADMIN)),
    PLAZOS("/plazos.xhtml", EnumSet.of(Rol.ADMIN)),
    SEGURIDAD("/seguridad.xhtml", EnumSet.of(Rol.ADMIN)),
    /** Users: create, roles, área, RFC, deactivate, temporary passwords, locks. */
    USUARIOS("/usuarios.xhtml", EnumSet.of(Rol.ADMIN)),
    /** OOAD, UMAE, órganos normativos, instancias and their enlace emails, tipos de documento. */
    CATALOGOS("/catalogos.xhtml", EnumSet.of(Rol.ADMIN)),
    /** Who read what, and the verification of the hash chains. */
    AUDITORIA("/auditoria.xhtml", EnumSet.of(Rol.ADMIN)),
    /** Institutional áreas and their escalation chains (Gestión, act. 31). */
    ESCALAMIENTO("/escalamiento.xhtml", EnumSet.of(Rol.ADMIN)),
    /** Oficios awaiting my rúbrica or signature; batch signing. */
    PORTAFIRMAS("/portafirmas.xhtml", EnumSet.of(Rol.CORRESPONDENCIA, Rol.CONSULTOR, Rol.SUPERVISOR, Rol.JEFE_AREA,
            Rol.TITULAR_DAC, Rol.TITULAR_CAO)),
    /** Formato de petición (Anexo 16): a case another instancia sends to Gestión (its staff; the service checks the área). */
    INGRESO_GESTION("/ingreso-gestion.xhtml", EnumSet.of(Rol.CONSULTOR, Rol.SUPERVISOR, Rol.JEFE_AREA)),
    /** Libreta de enlace (Anexo 5): the shifts write it, the jefe de área or supervisor reviews it. */
    LIBRETA_ENLACE("/libreta-enlace.xhtml", EnumSet.of(Rol.CONSULTOR, Rol.SUPERVISOR, Rol.JEFE_AREA)),
    /** Gestión's bitácoras (Anexos 18 and 19): Gestión's staff and readers of every área. */
    BITACORAS_GESTION("/bitacoras-gestion.xhtml", EnumSet.of(Rol.CONSULTOR, Rol.SUPERVISOR, Rol.JEFE_AREA,
            Rol.TITULAR_DAC, Rol.TITULAR_CAO, Rol.JURIDICO, Rol.ADMIN)),
    /** Absences of the titulares and who signs meanwhile (5.70). */
    AUSENCIAS("/ausencias.xhtml", EnumSet.of(Rol.TITULAR_DAC, Rol.TITULAR_CAO, Rol.ADMIN));

    private final String ruta;
    private final Set<Rol> roles;

    Pantalla(String ruta, Set<Rol> roles) {
        this.ruta = ruta;
        this.roles = Set.copyOf(roles);
    }

    public String ruta() {
        return ruta;
    }

    public static Optional<Pantalla> deRuta(String ruta) {
        return Arrays.stream(values()).filter(p -> p.ruta.equals(ruta)).findFirst();
    }

    /** @param tieneRol whether the signed-in user holds a role (by its name) */
    public boolean permitidaA(Predicate<String> tieneRol) {
        return roles.stream().map(Rol::name).anyMatch(tieneRol);
    }
}
