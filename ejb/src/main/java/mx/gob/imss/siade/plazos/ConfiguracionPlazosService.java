package mx.gob.imss.siade.plazos;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import mx.gob.imss.siade.catalogos.DiaInhabil;
import mx.gob.imss.siade.catalogos.OrigenDiaInhabil;
import mx.gob.imss.siade.peticion.MedioCaptacion;
import mx.gob.imss.siade.peticion.TipoPeticion;
import mx.gob.imss.siade.seguridad.Roles;

/**
 * The administrador keeps the answer deadline of each tipo (Anexo 3) and the calendar of días
 * inhábiles. After a change the kept calendar is forgotten on this node; other nodes reload it
 * within {@link CalendarioRepository#VIGENCIA}.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ConfiguracionPlazosService {

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Inject
    private CalendarioRepository calendario;

    public List<PlazoTipoPeticion> plazos() {
        return em.createQuery("SELECT p FROM PlazoTipoPeticion p ORDER BY p.tipo", PlazoTipoPeticion.class).getResultList();
    }

    public PlazoTipoPeticion fijarPlazo(TipoPeticion tipo, int diasHabiles) {
        PlazoTipoPeticion plazo = em.find(PlazoTipoPeticion.class, tipo);
        if (plazo == null) {
            throw PlazoInvalidoException.tipoDesconocido(String.valueOf(tipo));
        }
        plazo.fijar(diasHabiles);
        return plazo;
    }

    /** The default terms of petitions not classified yet, by channel. */
    public List<PlazoMedioCaptacion> plazosPorMedio() {
        return em.createQuery("SELECT p FROM PlazoMedioCaptacion p ORDER BY p.medio", PlazoMedioCaptacion.class)
                .getResultList();
    }

    public PlazoMedioCaptacion fijarPlazoMedio(MedioCaptacion medio, int diasHabiles) {
        PlazoMedioCaptacion plazo = em.find(PlazoMedioCaptacion.class, medio);
        if (plazo == null) {
            throw PlazoInvalidoException.tipoDesconocido(String.valueOf(medio));
        }
        plazo.fijar(diasHabiles);
        return plazo;
    }

    public List<DiaInhabil> diasInhabiles(int anio) {
        return em.createNamedQuery("DiaInhabil.findEntre", DiaInhabil.class)
                .setParameter("desde", LocalDate.of(anio, 1, 1)).setParameter("hasta", LocalDate.of(anio, 12, 31))
                .getResultList();
    }

    /** Whether the Institute's own días inhábiles of {@code anio} are registered (they cannot be computed). */
    public boolean institucionalesPublicados(int anio) {
        return em.createNamedQuery("DiaInhabil.findEntre", DiaInhabil.class)
                .setParameter("desde", LocalDate.of(anio, 1, 1)).setParameter("hasta", LocalDate.of(anio, 12, 31))
                .getResultStream().anyMatch(d -> d.getOrigen() == OrigenDiaInhabil.INSTITUCIONAL);
    }

    public DiaInhabil agregarDiaInhabil(LocalDate fecha, String descripcion, OrigenDiaInhabil origen) {
        if (fecha == null || descripcion == null || descripcion.isBlank() || origen == null) {
            throw PlazoInvalidoException.diaIncompleto();
        }
        boolean existe = !em.createNamedQuery("DiaInhabil.findEntre", DiaInhabil.class)
                .setParameter("desde", fecha).setParameter("hasta", fecha).getResultList().isEmpty();
        if (existe) {
            throw PlazoInvalidoException.diaRepetido(fecha);
        }
        DiaInhabil dia = new DiaInhabil(fecha, descripcion.trim(), origen);
        em.persist(dia);
        calendario.olvidar();
        return dia;
    }

    public void quitarDiaInhabil(long id) {
        DiaInhabil dia = em.find(DiaInhabil.class, id);
        if (dia != null) {
            em.remove(dia);
            calendario.olvidar();
        }
    }
}
