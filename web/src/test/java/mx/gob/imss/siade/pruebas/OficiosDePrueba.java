package mx.gob.imss.siade.pruebas;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import mx.gob.imss.siade.catalogos.CatalogoService;
import mx.gob.imss.siade.catalogos.Instancia;
import mx.gob.imss.siade.catalogos.TipoInstancia;
import mx.gob.imss.siade.datoscomplementarios.CanalSolicitud;
import mx.gob.imss.siade.datoscomplementarios.DatosComplementariosService;
import mx.gob.imss.siade.derivacion.DerivacionService;
import mx.gob.imss.siade.oficios.Oficio;
import mx.gob.imss.siade.oficios.OficioService;
import mx.gob.imss.siade.oficios.RubricaService;
import mx.gob.imss.siade.oficios.TipoOficio;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.peticion.PeticionService;
import mx.gob.imss.siade.peticion.TipoPeticion;

/**
 * Test helper: oficios at each step of their chain, made through the real services with the real
 * roles (the consultor drafts and turns, the jefe initials, the Titular DAC initials those for an
 * Órgano normativo). Not transactional itself: each step commits as in the application.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OficiosDePrueba {

    @EJB private PeticionService peticiones;
    @EJB private DatosComplementariosService datos;
    @EJB private OficioService oficios;
    @EJB private RubricaService rubricas;
    @EJB private DerivacionService derivaciones;
    @EJB private CatalogoService catalogos;
    @EJB private ComoCorrespondencia comoCorrespondencia;
    @EJB private ComoConsultor comoConsultor;
    @EJB private ComoSupervisor comoSupervisor;
    @EJB private ComoJefe comoJefe;
    @EJB private ComoTitularDac comoTitularDac;

    /** A request of data by post drafted by the consultor on a new case of Correspondencia (BORRADOR). */
    public Oficio borrador() throws Exception {
        Peticion p = comoCorrespondencia.ejecutar(() -> peticiones.registrar(DatosDePrueba.nuevaPeticion("CORRESPONDENCIA",
                null)));
        comoCorrespondencia.ejecutar(() -> datos.solicitar(p.getFolio(), CanalSolicitud.OFICIO_POSTAL,
                "Teléfono de contacto", p.getVersion()));
        return comoConsultor.ejecutar(() -> oficios.redactar(p.getFolio(), TipoOficio.SOLICITUD_DATOS, null));
    }

    /** Turned to rúbrica by the consultor (their own rúbrica given): it awaits the jefe's. */
    public Oficio enRubrica() throws Exception {
        Oficio o = borrador();
        return comoConsultor.ejecutar(() -> rubricas.turnarARubrica(o.getId()));
    }

    /** Initialled by the jefe too: it awaits the Titular DAC's signature. */
    public Oficio porFirmar() throws Exception {
        Oficio o = enRubrica();
        return comoJefe.ejecutar(() -> rubricas.rubricar(o.getId()));
    }

    /**
     * An oficio turning a case to an Órgano normativo, through its whole chain of rúbricas (supervisor,
     * jefe, Titular DAC): it awaits the Titular CAO's signature.
     */
    public Oficio organoNormativoPorFirmar() throws Exception {
        Peticion registrada = comoCorrespondencia.ejecutar(() -> peticiones.registrar(
                DatosDePrueba.nuevaPeticion("CORRESPONDENCIA", null)));
        Peticion p = comoSupervisor.ejecutar(() -> peticiones.clasificar(registrada.getFolio(), TipoPeticion.QUEJA,
                registrada.getVersion()));
        long enlace = comoSupervisor.ejecutar(() -> catalogos.instancias().stream()
                .filter(i -> i.getTipo() == TipoInstancia.ORGANO_NORMATIVO).map(Instancia::getId).findFirst().orElseThrow());
        comoSupervisor.ejecutar(() -> derivaciones.derivar(p.getFolio(), enlace, "Criterio normativo", p.getVersion()));
        Oficio o = comoSupervisor.ejecutar(() -> oficios.redactar(p.getFolio(), TipoOficio.DERIVACION, null));
        comoSupervisor.ejecutar(() -> rubricas.turnarARubrica(o.getId()));
        comoJefe.ejecutar(() -> rubricas.rubricar(o.getId()));
        return comoTitularDac.ejecutar(() -> rubricas.rubricar(o.getId()));
    }
}
