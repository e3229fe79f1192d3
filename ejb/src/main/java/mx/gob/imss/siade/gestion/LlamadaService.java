package mx.gob.imss.siade.gestion;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.gob.imss.siade.bitacora.BitacoraRepository;
import mx.gob.imss.siade.bitacora.EventoBitacora;
import mx.gob.imss.siade.bitacora.TipoEventoBitacora;
import mx.gob.imss.siade.infra.LongitudTexto;
import mx.gob.imss.siade.infra.Textos;
import mx.gob.imss.siade.notificaciones.BandejaSalida;
import mx.gob.imss.siade.personas.DatosPersonales;
import mx.gob.imss.siade.peticion.EnlaceConsulta;
import mx.gob.imss.siade.peticion.Folio;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.peticion.PeticionNoEncontradaException;
import mx.gob.imss.siade.peticion.PeticionRepository;
import mx.gob.imss.siade.seguridad.AccionCaso;
import mx.gob.imss.siade.seguridad.Actor;
import mx.gob.imss.siade.seguridad.CifradoDatosPersonales;
import mx.gob.imss.siade.seguridad.PoliticaAcceso;
import mx.gob.imss.siade.seguridad.Roles;

/**
 * The first-contact call log of a case (act. 25–27): each attempt with its date, the number called
 * and how it ended, in one transaction with its bitácora entry. When the persona usuaria is reached,
 * she is given her folio and the status page, and they are also emailed when she has an email.
 */
@Stateless
public class LlamadaService {

    static final int NOTA_MAXIMA = 1000;

    /** A call as the Expediente shows it (the number masked for the roles that see personal data masked). */
    public record LlamadaVista(OffsetDateTime fecha, String numero, ResultadoLlamada resultado, String nota,
                               String registradaPor) implements Serializable {
    }

    @Resource
    private SessionContext contexto;

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Inject
    private PoliticaAcceso politica;

    @Inject
    private PeticionRepository peticiones;

    @Inject
    private CifradoDatosPersonales cifrado;

    @Inject
    private BitacoraRepository bitacora;

    @Inject
    private BandejaSalida bandejaSalida;

    @Inject
    private EnlaceConsulta enlace;

    @Inject
    private Clock reloj;

    @RolesAllowed({Roles.CONSULTOR, Roles.SUPERVISOR, Roles.JEFE_AREA})
    public void registrar(String folio, String numero, ResultadoLlamada resultado, String nota) {
        Actor actor = Actor.de(contexto);
        Peticion peticion = buscar(folio);
        politica.exigir(actor, peticion, AccionCaso.LLAMAR);
        String marcado = numero == null ? "" : numero.trim();
        if (!mx.gob.imss.siade.personas.Telefono.valido(marcado)) {
            throw new CasoRechazadoException("error.llamada.numero", List.of());
        }
        if (resultado == null) {
            throw new CasoRechazadoException("error.llamada.resultado", List.of());
        }
        String texto = nota == null || nota.isBlank() ? null : LongitudTexto.exigir("nota", nota.trim(), NOTA_MAXIMA);
        OffsetDateTime ahora = OffsetDateTime.now(reloj);
        em.persist(new Llamada(peticion, ahora, cifrado.cifrar(marcado), resultado, texto, actor.nombreUsuario()));
        String descripcion = Textos.de("bitacora.llamada", marcado, Textos.etiqueta(resultado),
                texto == null ? "" : " " + texto);
        if (resultado == ResultadoLlamada.LOCALIZADA) {
            DatosPersonales datos = peticion.getPersonaUsuaria().datosPersonales(cifrado);
            descripcion += " " + Textos.de("bitacora.localizada");
            if (datos.correo() != null) {
                Map<String, Object> campos = new HashMap<>(enlace.campos(peticion));
                campos.put("folio", peticion.getFolio());
                campos.put("asunto", peticion.getAsunto());
                campos.put("destinatario", peticion.getPersonaUsuaria().getNombre());
                bandejaSalida.encolar(peticion, "LOCALIZADA", datos.correo(), campos, actor, ahora);
                descripcion += " " + Textos.de("bitacora.localizadaCorreo");
            }
        }
        bitacora.registrar(new EventoBitacora(peticion, ahora, actor.nombreUsuario(), TipoEventoBitacora.LLAMADA,
                descripcion, null, null));
    }

    @RolesAllowed({Roles.CORRESPONDENCIA, Roles.CONSULTOR, Roles.SUPERVISOR, Roles.JEFE_AREA, Roles.TITULAR_DAC,
            Roles.TITULAR_CAO, Roles.JURIDICO, Roles.ADMIN})
    public List<LlamadaVista> deCaso(String folio) {
        Actor actor = Actor.de(contexto);
        Peticion peticion = buscar(folio);
        politica.exigir(actor, peticion, AccionCaso.CONSULTAR);
        boolean completos = PoliticaAcceso.veDatosPersonales(actor.roles());
        return em.createNamedQuery("Llamada.dePeticion", Llamada.class).setParameter("peticion", peticion).getResultList()
                .stream().map(l -> {
                    String n = l.numero(cifrado);
                    String visible = completos ? n : "••••" + n.substring(Math.max(0, n.length() - 2));
                    return new LlamadaVista(l.getFecha(), visible, l.getResultado(), l.getNota(), l.getRegistradaPor());
                }).toList();
    }

    private Peticion buscar(String folio) {
        return peticiones.porFolio(Folio.de(folio)).orElseThrow(() -> new PeticionNoEncontradaException(folio));
    }
}
