package mx.gob.imss.siade.oficios;

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
import java.util.stream.Collectors;
import mx.gob.imss.siade.bitacora.BitacoraRepository;
import mx.gob.imss.siade.bitacora.EventoBitacora;
import mx.gob.imss.siade.bitacora.TipoEventoBitacora;
import mx.gob.imss.siade.infra.LongitudTexto;
import mx.gob.imss.siade.infra.Textos;
import mx.gob.imss.siade.peticion.PeticionNoEncontradaException;
import mx.gob.imss.siade.seguridad.AccionCaso;
import mx.gob.imss.siade.seguridad.Actor;
import mx.gob.imss.siade.seguridad.PoliticaAcceso;
import mx.gob.imss.siade.seguridad.Rol;
import mx.gob.imss.siade.seguridad.Roles;
import mx.gob.imss.siade.seguridad.Usuario;
import mx.gob.imss.siade.seguridad.UsuarioRepository;

/**
 * Rúbricas of an oficio (5.71): turned to rúbrica along {@link CadenaRubricas}, initialled or sent
 * back by each reviewer in turn, rewritten after a return (every earlier text and PDF kept). Each
 * step is one transaction with its bitácora entry.
 */
@Stateless
@RolesAllowed({Roles.CORRESPONDENCIA, Roles.CONSULTOR, Roles.SUPERVISOR, Roles.JEFE_AREA, Roles.TITULAR_DAC,
        Roles.TITULAR_CAO})
public class RubricaService {

    static final int OBSERVACION_MAXIMA = 1000;

    @Resource
    private SessionContext contexto;

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Inject
    private PoliticaAcceso politica;

    @Inject
    private UsuarioRepository usuarios;

    @Inject
    private RedaccionOficio redaccion;

    @Inject
    private BitacoraRepository bitacora;

    @Inject
    private Clock reloj;

    /** The drafter turns a BORRADOR to rúbrica: the chain is built now, the drafter's own rúbrica given. */
    public Oficio turnarARubrica(long idOficio) {
        Actor actor = Actor.de(contexto);
        Oficio oficio = paraCambiar(idOficio);
        politica.exigir(actor, oficio.getPeticion(), AccionCaso.REDACTAR_OFICIO);
        Usuario turna = usuarios.de(actor);
        CadenaRubricas.Cadena cadena = cadena(oficio, turna);
        OffsetDateTime ahora = OffsetDateTime.now(reloj);
        oficio.turnarARubrica(cadena, turna, ahora).forEach(em::persist);
        String quienes = cadena.rubricas().stream()
                .map(p -> p.usuario().getNombreCompleto() + " (" + Textos.etiqueta(p.papel()) + ")")
                .collect(Collectors.joining(", "));
        registrar(oficio, actor, ahora, Textos.de("bitacora.oficioTurnado", oficio.getFolioOficio(), oficio.getRondaRubrica(),
                quienes, cadena.firmante().getNombreCompleto()));
        porFirmarSiCompleto(oficio, actor, ahora);
        return oficio;
    }

    public Oficio rubricar(long idOficio) {
        Actor actor = Actor.de(contexto);
        Oficio oficio = paraCambiar(idOficio);
        Usuario yo = usuarios.de(actor);
        Rubrica pendiente = designar(actor, oficio, yo);
        OffsetDateTime ahora = OffsetDateTime.now(reloj);
        oficio.rubricar(yo, ahora);
        registrar(oficio, actor, ahora, Textos.de("bitacora.oficioRubricado", oficio.getFolioOficio(),
                yo.getNombreCompleto(), Textos.etiqueta(pendiente.getPapel())));
        porFirmarSiCompleto(oficio, actor, ahora);
        return oficio;
    }

    /** Sent back with an observación: the oficio returns to BORRADOR for its drafter to rewrite. */
    public Oficio devolver(long idOficio, String observacion) {
        Actor actor = Actor.de(contexto);
        String texto = observacion == null ? "" : observacion.trim();
        if (texto.isEmpty()) {
            throw RubricaRechazadaException.sinObservacion();
        }
        LongitudTexto.exigir("observación", texto, OBSERVACION_MAXIMA);
        Oficio oficio = paraCambiar(idOficio);
        Usuario yo = usuarios.de(actor);
        designar(actor, oficio, yo);
        OffsetDateTime ahora = OffsetDateTime.now(reloj);
        oficio.devolver(yo, texto, ahora);
        registrar(oficio, actor, ahora, Textos.de("bitacora.oficioDevuelto", oficio.getFolioOficio(),
                yo.getNombreCompleto(), texto));
        return oficio;
    }

    /** A new text for a BORRADOR (typically after a return); the earlier text and PDF stay on file. */
    public Oficio reescribir(long idOficio, String asunto, String cuerpo) {
        Actor actor = Actor.de(contexto);
        Oficio oficio = paraCambiar(idOficio);
        politica.exigir(actor, oficio.getPeticion(), AccionCaso.REDACTAR_OFICIO);
        if (oficio.getEstado() != EstadoOficio.BORRADOR) {
            throw RubricaRechazadaException.estado(oficio.getFolioOficio(), oficio.getEstado());
        }
        String nuevoAsunto = asunto == null ? "" : asunto.trim();
        if (nuevoAsunto.isEmpty()) {
            throw new CadenaIncompletaException("error.oficio.sinAsunto");
        }
        LongitudTexto.exigir("asunto", nuevoAsunto, 300);
        LongitudTexto.exigir("texto", cuerpo == null ? "" : cuerpo, 100_000);
        OffsetDateTime ahora = OffsetDateTime.now(reloj);
        int anterior = oficio.getVersionTexto();
        redaccion.reescribir(oficio, nuevoAsunto, cuerpo == null ? "" : cuerpo, actor, ahora);
        registrar(oficio, actor, ahora, Textos.de("bitacora.oficioReescrito", oficio.getFolioOficio(),
                oficio.getVersionTexto(), anterior));
        return oficio;
    }

    /** Every rúbrica of the oficio, every round, in order. */
    @RolesAllowed({Roles.CORRESPONDENCIA, Roles.CONSULTOR, Roles.SUPERVISOR, Roles.JEFE_AREA, Roles.TITULAR_DAC,
            Roles.TITULAR_CAO, Roles.JURIDICO, Roles.ADMIN})
    public List<Rubrica> rubricas(long idOficio) {
        Oficio oficio = buscar(idOficio);
        politica.exigir(Actor.de(contexto), oficio.getPeticion(), AccionCaso.CONSULTAR);
        return em.createNamedQuery("Rubrica.deOficio", Rubrica.class).setParameter("oficio", oficio).getResultList();
    }

    /** The earlier texts of the oficio with their PDFs. */
    @RolesAllowed({Roles.CORRESPONDENCIA, Roles.CONSULTOR, Roles.SUPERVISOR, Roles.JEFE_AREA, Roles.TITULAR_DAC,
            Roles.TITULAR_CAO, Roles.JURIDICO, Roles.ADMIN})
    public List<VersionOficio> versiones(long idOficio) {
        Oficio oficio = buscar(idOficio);
        politica.exigir(Actor.de(contexto), oficio.getPeticion(), AccionCaso.CONSULTAR);
        return em.createNamedQuery("VersionOficio.deOficio", VersionOficio.class).setParameter("oficio", oficio)
                .getResultList();
    }

    /** The oficios awaiting the caller's rúbrica now (their turn), oldest first. */
    public List<Oficio> pendientesDeRubrica() {
        Usuario yo = usuarios.de(Actor.de(contexto));
        return em.createNamedQuery("Rubrica.pendientesDe", Oficio.class).setParameter("usuario", yo).getResultList();
    }

    private Rubrica designar(Actor actor, Oficio oficio, Usuario yo) {
        Rubrica pendiente = oficio.rubricaPendiente()
                .orElseThrow(() -> RubricaRechazadaException.estado(oficio.getFolioOficio(), oficio.getEstado()));
        politica.exigirDesignado(actor, oficio.getPeticion(), AccionCaso.RUBRICAR, pendiente.getUsuario().equals(yo));
        return pendiente;
    }

    private CadenaRubricas.Cadena cadena(Oficio oficio, Usuario turna) {
        Usuario jefe = usuarios.activosConRol(oficio.getAreaDac(), Rol.JEFE_AREA).stream().findFirst().orElse(null);
        return CadenaRubricas.para(oficio.isOrganoNormativo(), new CadenaRubricas.Participantes(turna, jefe,
                unico(Rol.TITULAR_DAC), unico(Rol.TITULAR_CAO)));
    }

    /** The titular of a role: exactly one active person holds it, or the chain cannot be built. */
    private Usuario unico(Rol rol) {
        List<Usuario> titulares = usuarios.activosConRol(rol);
        if (titulares.size() > 1) {
            throw new CadenaIncompletaException(rol == Rol.TITULAR_DAC ? "error.rubrica.variosTitularesDac"
                    : "error.rubrica.variosTitularesCao");
        }
        return titulares.isEmpty() ? null : titulares.get(0);
    }

    private void porFirmarSiCompleto(Oficio oficio, Actor actor, OffsetDateTime ahora) {
        if (oficio.getEstado() == EstadoOficio.POR_FIRMAR) {
            registrar(oficio, actor, ahora, Textos.de("bitacora.oficioPorFirmar", oficio.getFolioOficio(),
                    oficio.getFirmante().getNombreCompleto()));
        }
    }

    private void registrar(Oficio oficio, Actor actor, OffsetDateTime ahora, String texto) {
        bitacora.registrar(new EventoBitacora(oficio.getPeticion(), ahora, actor.nombreUsuario(), TipoEventoBitacora.OFICIO,
                texto, null, null));
    }

    private Oficio buscar(long idOficio) {
        Oficio oficio = em.find(Oficio.class, idOficio);
        if (oficio == null) {
            throw new PeticionNoEncontradaException(String.valueOf(idOficio));
        }
        return oficio;
    }

    /** The oficio locked for this transaction: two reviewers at once act one after the other. */
    private Oficio paraCambiar(long idOficio) {
        Oficio oficio = em.find(Oficio.class, idOficio, LockModeType.PESSIMISTIC_WRITE);
        if (oficio == null) {
            throw new PeticionNoEncontradaException(String.valueOf(idOficio));
        }
        em.refresh(oficio);
        return oficio;
    }
}
