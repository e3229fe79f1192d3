package mx.gob.imss.siade.peticion;

import static mx.gob.imss.siade.peticion.EstadoPeticion.ANULADA;
import static mx.gob.imss.siade.peticion.EstadoPeticion.CONCLUIDA;
import static mx.gob.imss.siade.peticion.EstadoPeticion.DATOS_SOLICITADOS;
import static mx.gob.imss.siade.peticion.EstadoPeticion.DERIVADA;
import static mx.gob.imss.siade.peticion.EstadoPeticion.EN_ANALISIS;
import static mx.gob.imss.siade.peticion.EstadoPeticion.REGISTRADA;
import static mx.gob.imss.siade.peticion.EstadoPeticion.RESPUESTA_RECIBIDA;
import static mx.gob.imss.siade.seguridad.Rol.CONSULTOR;
import static mx.gob.imss.siade.seguridad.Rol.CORRESPONDENCIA;
import static mx.gob.imss.siade.seguridad.Rol.JEFE_AREA;
import static mx.gob.imss.siade.seguridad.Rol.SISTEMA;
import static mx.gob.imss.siade.seguridad.Rol.SUPERVISOR;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import mx.gob.imss.siade.seguridad.Rol;

/**
 * The state machine of a petición: for each move, the states it may start from, the state it
 * leads to and the roles that may make it. Nothing else changes a petición's estado.
 */
public enum TransicionPeticion {

    /** Consultor or supervisor sets the tipo (5.10, 5.17, act. 114-115); may be corrected in review. */
    CLASIFICAR(EnumSet.of(REGISTRADA, EN_ANALISIS), EN_ANALISIS, EnumSet.of(CONSULTOR, SUPERVISOR, JEFE_AREA)),
    /** Missing data requested from the persona usuaria, with a deadline (act. 26, 77, 110). */
    SOLICITAR_DATOS(EnumSet.of(REGISTRADA, EN_ANALISIS), DATOS_SOLICITADOS,
            EnumSet.of(CORRESPONDENCIA, CONSULTOR, SUPERVISOR, JEFE_AREA)),
    /** The data arrived (Anexo 40); the petición goes back to be classified (act. 114). */
    RECIBIR_DATOS(EnumSet.of(DATOS_SOLICITADOS), REGISTRADA, EnumSet.of(CORRESPONDENCIA, CONSULTOR, SUPERVISOR, JEFE_AREA)),
    /** Routed to the responsible instancia after the supervisor's review (act. 81-83, 117). */
    DERIVAR(EnumSet.of(EN_ANALISIS), DERIVADA, EnumSet.of(SUPERVISOR, JEFE_AREA)),
    /** The instancia's answer is received (act. 119). */
    REGISTRAR_RESPUESTA(EnumSet.of(DERIVADA), RESPUESTA_RECIBIDA,
            EnumSet.of(CONSULTOR, SUPERVISOR, JEFE_AREA, CORRESPONDENCIA)),
    /** A non-conclusive answer is sent back, as often as needed (5.26, act. 86, 121). */
    RECHAZAR_RESPUESTA(EnumSet.of(RESPUESTA_RECIBIDA), DERIVADA, EnumSet.of(SUPERVISOR, JEFE_AREA)),
    /**
     * Closed: orientación given (from EN_ANALISIS), conclusive answer accepted (from
     * RESPUESTA_RECIBIDA) or notified to OIC/SNTSS without follow-up (from DERIVADA).
     */
    CONCLUIR(EnumSet.of(EN_ANALISIS, DERIVADA, RESPUESTA_RECIBIDA), CONCLUIDA,
            EnumSet.of(CONSULTOR, SUPERVISOR, JEFE_AREA)),
    /** The deadline for the missing data passed without answer (act. 28, 78, 112). */
    CONCLUIR_POR_VENCIMIENTO(EnumSet.of(DATOS_SOLICITADOS), CONCLUIDA,
            EnumSet.of(SISTEMA, CORRESPONDENCIA, CONSULTOR, SUPERVISOR, JEFE_AREA)),
    /**
     * A registration made by mistake is annulled by the jefe de área, before it was derived (the service
     * also refuses a case with derivations or oficios); the folio stays as ANULADA.
     */
    ANULAR(EnumSet.of(REGISTRADA, DATOS_SOLICITADOS, EN_ANALISIS), ANULADA, EnumSet.of(JEFE_AREA));

    private final Set<EstadoPeticion> origenes;
    private final EstadoPeticion destino;
    private final Set<Rol> roles;

    TransicionPeticion(Set<EstadoPeticion> origenes, EstadoPeticion destino, Set<Rol> roles) {
        this.origenes = origenes;
        this.destino = destino;
        this.roles = roles;
    }

    public boolean permiteDesde(EstadoPeticion estado) {
        return origenes.contains(estado);
    }

    public boolean permiteA(Collection<Rol> rolesActor) {
        return rolesActor.stream().anyMatch(roles::contains);
    }

    public EstadoPeticion destino() {
        return destino;
    }

    public Set<EstadoPeticion> origenes() {
        return EnumSet.copyOf(origenes);
    }

    public Set<Rol> roles() {
        return EnumSet.copyOf(roles);
    }

    /** The moves open to these roles from this state, e.g. to show the right buttons. */
    public static Set<TransicionPeticion> disponibles(EstadoPeticion estado, Collection<Rol> rolesActor) {
        Set<TransicionPeticion> resultado = EnumSet.noneOf(TransicionPeticion.class);
        for (TransicionPeticion t : values()) {
            if (t.permiteDesde(estado) && t.permiteA(rolesActor)) {
                resultado.add(t);
            }
        }
        return resultado;
    }
}
