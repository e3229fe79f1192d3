package mx.gob.imss.siade.catalogos;

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
import java.util.List;
import java.util.Locale;
import mx.gob.imss.siade.seguridad.EventoSeguridad;
import mx.gob.imss.siade.seguridad.Roles;
import mx.gob.imss.siade.seguridad.TipoEventoSeguridad;
import org.apache.commons.validator.routines.EmailValidator;

/**
 * The administrador keeps the catalogues: OOAD, UMAE, órganos normativos, tipos de documento and the
 * instancias with the enlace email derivations go to. Codes are unique and fixed once created; emails are
 * checked; rows are deactivated (no longer offered) instead of deleted, since cases refer to them. Every
 * change is recorded with who, when, and the values before and after, in the same transaction.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AdministracionCatalogosService {

    @Resource
    private SessionContext contexto;

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Inject
    private Clock reloj;

    /** Every row of the catalogue, active and not, by code (instancias by kind and name). */
    public List<FilaCatalogo> filas(Catalogo catalogo) {
        if (catalogo == Catalogo.INSTANCIA) {
            return em.createQuery("SELECT i FROM Instancia i LEFT JOIN FETCH i.ooad LEFT JOIN FETCH i.umae"
                            + " LEFT JOIN FETCH i.organoNormativo LEFT JOIN FETCH i.areaDac ORDER BY i.tipo, i.nombre",
                            Instancia.class)
                    .getResultStream().map(AdministracionCatalogosService::fila).toList();
        }
        return em.createQuery("SELECT c FROM " + catalogo.entidad().getSimpleName() + " c ORDER BY c.clave",
                        EntradaCatalogo.class)
                .getResultStream().map(AdministracionCatalogosService::fila).toList();
    }

    /** Creates a row ({@code id} null) or changes one. */
    public FilaCatalogo guardar(Catalogo catalogo, Long id, DatosCatalogo datos) {
        String nombre = texto(datos.nombre());
        if (nombre == null || nombre.length() > catalogo.largoNombre()) {
            throw new CatalogoRechazadoException("error.catalogo.nombre", catalogo.largoNombre());
        }
        return catalogo == Catalogo.INSTANCIA ? guardarInstancia(id, nombre, datos)
                : guardarEntrada(catalogo, id, nombre, datos);
    }

    /** Deactivates a row (no longer offered in the screens; cases that name it keep it) or reactivates it. */
    public FilaCatalogo activar(Catalogo catalogo, long id, boolean activa) {
        Object fila = paraCambiar(catalogo, id);
        if (fila instanceof Instancia i) {
            i.activar(activa);
            registrar(catalogo, id, (activa ? "Reactivada: " : "Desactivada: ") + i.getNombre());
            return fila(i);
        }
        EntradaCatalogo e = (EntradaCatalogo) fila;
        e.activar(activa);
        registrar(catalogo, id, (activa ? "Reactivada: " : "Desactivada: ") + e.getClave() + " " + e.getNombre());
        return fila(e);
    }

    private FilaCatalogo guardarEntrada(Catalogo catalogo, Long id, String nombre, DatosCatalogo datos) {
        String correo = correo(datos.correo(), false);
        String entidad = texto(datos.entidad());
        if (entidad != null && entidad.length() > 100) {
            throw new CatalogoRechazadoException("error.catalogo.entidad");
        }
        EntradaCatalogo entrada;
        String antes;
        if (id == null) {
            String clave = texto(datos.clave()) == null ? "" : datos.clave().trim().toUpperCase(Locale.ROOT);
            if (!clave.matches("[A-Z0-9._-]{1," + catalogo.largoClave() + "}")) {
                throw new CatalogoRechazadoException("error.catalogo.clave", catalogo.largoClave());
            }
            if (em.createQuery("SELECT COUNT(c) FROM " + catalogo.entidad().getSimpleName()
                    + " c WHERE UPPER(c.clave) = :clave", Long.class).setParameter("clave", clave).getSingleResult() > 0) {
                throw new CatalogoRechazadoException("error.catalogo.claveDuplicada", clave);
            }
            entrada = switch (catalogo) {
                case OOAD -> new Ooad(null, clave, nombre);
                case UMAE -> new Umae(null, clave, nombre);
                case ORGANO_NORMATIVO -> new OrganoNormativo(clave, nombre);
                case TIPO_DOCUMENTO -> new TipoDocumento(clave, nombre);
                case INSTANCIA -> throw new IllegalArgumentException();
            };
            antes = "Alta";
        } else {
            entrada = (EntradaCatalogo) paraCambiar(catalogo, id);
            antes = describir(entrada);
            entrada.renombrar(nombre);
        }
        if (entrada instanceof OrganoNormativo on) {
            on.cambiarCorreoEnlace(correo);
        }
        if (entrada instanceof Umae u) {
            u.cambiarEntidad(entidad);
        }
        if (id == null) {
            em.persist(entrada);
            em.flush();
        }
        String despues = describir(entrada);
        if (!antes.equals(despues)) {
            registrar(catalogo, entrada.getId(), antes + " → " + despues);
        }
        return fila(entrada);
    }

    private FilaCatalogo guardarInstancia(Long id, String nombre, DatosCatalogo datos) {
        String correo = correo(datos.correo(), true);
        Instancia instancia;
        String antes;
        if (id == null) {
            TipoInstancia tipo = datos.tipoInstancia();
            if (tipo == null) {
                throw new CatalogoRechazadoException("error.catalogo.tipoInstancia");
            }
            duplicada(tipo, nombre, null);
            Long ref = datos.referenciaId();
            instancia = switch (tipo) {
                case CDAOD -> new Instancia(tipo, nombre, referencia(Ooad.class, ref), null, null, null, correo);
                case JDAOD -> new Instancia(tipo, nombre, null, referencia(Umae.class, ref), null, null, correo);
                case ORGANO_NORMATIVO -> new Instancia(tipo, nombre, null, null, referencia(OrganoNormativo.class, ref),
                        null, correo);
                case AREA_DAC -> new Instancia(tipo, nombre, null, null, null, referencia(AreaDac.class, ref), correo);
                case OIC, SNTSS -> new Instancia(tipo, nombre, null, null, null, null, correo);
            };
            em.persist(instancia);
            em.flush();
            antes = "Alta";
        } else {
            instancia = (Instancia) paraCambiar(Catalogo.INSTANCIA, id);
            duplicada(instancia.getTipo(), nombre, instancia.getId());
            antes = describir(instancia);
            instancia.cambiar(nombre, correo);
        }
        String despues = describir(instancia);
        if (!antes.equals(despues)) {
            registrar(Catalogo.INSTANCIA, instancia.getId(), antes + " → " + despues);
        }
        return fila(instancia);
    }

    private void duplicada(TipoInstancia tipo, String nombre, Long salvo) {
        List<Long> iguales = em.createQuery("SELECT i.id FROM Instancia i WHERE i.tipo = :tipo AND UPPER(i.nombre) = :nombre",
                        Long.class).setParameter("tipo", tipo).setParameter("nombre", nombre.toUpperCase(Locale.ROOT))
                .getResultList();
        if (iguales.stream().anyMatch(i -> !i.equals(salvo))) {
            throw new CatalogoRechazadoException("error.catalogo.instanciaDuplicada", nombre);
        }
    }

    private <T> T referencia(Class<T> tipo, Long id) {
        T valor = id == null ? null : em.find(tipo, id);
        if (valor == null || !activa(valor)) {
            throw new CatalogoRechazadoException("error.catalogo.referencia");
        }
        return valor;
    }

    private static boolean activa(Object valor) {
        return valor instanceof EntradaCatalogo e ? e.isActivo() : !(valor instanceof AreaDac a) || a.isActivo();
    }

    private Object paraCambiar(Catalogo catalogo, long id) {
        Object fila = em.find(catalogo.entidad(), id, LockModeType.PESSIMISTIC_WRITE);
        if (fila == null) {
            throw new CatalogoRechazadoException("error.catalogo.inexistente");
        }
        return fila;
    }

    private static String correo(String valor, boolean requerido) {
        String correo = texto(valor);
        if (correo == null) {
            if (requerido) {
                throw new CatalogoRechazadoException("error.catalogo.correoRequerido");
            }
            return null;
        }
        if (correo.length() > 254 || !EmailValidator.getInstance().isValid(correo)) {
            throw new CatalogoRechazadoException("error.catalogo.correo", correo);
        }
        return correo;
    }

    private static String describir(EntradaCatalogo e) {
        String extra = e instanceof OrganoNormativo on ? ", correo " + on.getCorreoEnlace()
                : e instanceof Umae u ? ", entidad " + u.getEntidad() : "";
        return e.getClave() + " «" + e.getNombre() + "»" + extra;
    }

    private static String describir(Instancia i) {
        return i.getTipo() + " «" + i.getNombre() + "», correo " + i.getCorreo();
    }

    private static FilaCatalogo fila(EntradaCatalogo e) {
        String correo = e instanceof OrganoNormativo on ? on.getCorreoEnlace() : null;
        String detalle = e instanceof Umae u ? u.getEntidad() : null;
        return new FilaCatalogo(e.getId(), e.getClave(), e.getNombre(), correo, detalle, null, null, e.isActivo());
    }

    private static FilaCatalogo fila(Instancia i) {
        String de = i.getOoad() != null ? i.getOoad().getNombre() : i.getUmae() != null ? i.getUmae().getNombre()
                : i.getOrganoNormativo() != null ? i.getOrganoNormativo().getNombre()
                : i.getAreaDac() != null ? i.getAreaDac().getNombre() : null;
        Long referencia = i.getOoad() != null ? i.getOoad().getId() : i.getUmae() != null ? i.getUmae().getId()
                : i.getOrganoNormativo() != null ? i.getOrganoNormativo().getId()
                : i.getAreaDac() != null ? i.getAreaDac().getId() : null;
        return new FilaCatalogo(i.getId(), null, i.getNombre(), i.getCorreo(), de, i.getTipo(), referencia,
                i.isActivo());
    }

    private void registrar(Catalogo catalogo, Long id, String detalle) {
        String texto = catalogo + " " + id + ": " + detalle;
        em.persist(new EventoSeguridad(OffsetDateTime.now(reloj), TipoEventoSeguridad.CAMBIO_CATALOGO,
                contexto.getCallerPrincipal().getName(), null, texto.length() > 500 ? texto.substring(0, 497) + "..." : texto));
    }

    /** The latest catalogue changes (escalation chains included), newest first. */
    public List<EventoSeguridad> cambiosRecientes(int maximo) {
        return em.createQuery("SELECT e FROM EventoSeguridad e WHERE e.tipo = :tipo ORDER BY e.fecha DESC, e.id DESC",
                        EventoSeguridad.class).setParameter("tipo", TipoEventoSeguridad.CAMBIO_CATALOGO)
                .setMaxResults(Math.max(1, Math.min(maximo, 500))).getResultList();
    }

    private static String texto(String valor) {
        return valor == null || valor.isBlank() ? null : valor.trim();
    }
}
