package mx.gob.imss.siade.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import mx.gob.imss.siade.bitacora.TipoEventoBitacora;
import mx.gob.imss.siade.datoscomplementarios.CanalSolicitud;
import mx.gob.imss.siade.datoscomplementarios.EstadoSolicitud;
import mx.gob.imss.siade.derivacion.EstadoDerivacion;
import mx.gob.imss.siade.notificaciones.EstadoCorreo;
import mx.gob.imss.siade.oficios.EstadoOficio;
import mx.gob.imss.siade.personas.TipoPersonaUsuaria;
import mx.gob.imss.siade.oficios.TipoOficio;
import mx.gob.imss.siade.peticion.EstadoPeticion;
import mx.gob.imss.siade.peticion.MedioCaptacion;
import mx.gob.imss.siade.peticion.MotivoConclusion;
import mx.gob.imss.siade.peticion.Prioridad;
import mx.gob.imss.siade.peticion.TipoPeticion;
import mx.gob.imss.siade.plazos.Semaforo;
import org.junit.jupiter.api.Test;

class TextosTest {

    @Test
    void cadaValorEnumeradoQueSeMuestraTieneEtiquetaEnEspanol() {
        List<Class<? extends Enum<?>>> tipos = List.of(EstadoPeticion.class, TipoPeticion.class, MedioCaptacion.class,
                MotivoConclusion.class, Prioridad.class, Semaforo.class, EstadoDerivacion.class, TipoOficio.class,
                EstadoOficio.class, CanalSolicitud.class, EstadoSolicitud.class, TipoEventoBitacora.class,
                mx.gob.imss.siade.ocr.EstadoOcr.class, mx.gob.imss.siade.digitalizacion.EstadoEscaneo.class,
                TipoPersonaUsuaria.class, EstadoCorreo.class, mx.gob.imss.siade.seguridad.TipoEventoSeguridad.class,
                mx.gob.imss.siade.oficios.EstadoRubrica.class, mx.gob.imss.siade.oficios.PapelRubrica.class,
                mx.gob.imss.siade.gestion.ResultadoLlamada.class, mx.gob.imss.siade.gestion.Escalamiento.Cierre.class,
                mx.gob.imss.siade.gestion.TurnoLibreta.class, mx.gob.imss.siade.gestion.EntradaLibreta.Revision.class,
                mx.gob.imss.siade.seguridad.Rol.class, mx.gob.imss.siade.catalogos.TipoInstancia.class,
                mx.gob.imss.siade.auditoria.AccionAuditada.class, mx.gob.imss.siade.peticion.Confidencialidad.class);
        for (Class<? extends Enum<?>> tipo : tipos) {
            for (Enum<?> valor : tipo.getEnumConstants()) {
                String etiqueta = Textos.etiqueta(valor);
                assertFalse(etiqueta.isBlank(), valor.toString());
                assertFalse(etiqueta.contains("_"), tipo.getSimpleName() + "." + valor + " = " + etiqueta);
            }
        }
    }

    @Test
    void lasFrasesDeBitacoraEscribenEtiquetasYFechasLegibles() {
        assertEquals("Clasificada como Queja de servicio; fecha límite 07/12/2026.",
                Textos.de("bitacora.clasificacion", TipoPeticion.QUEJA, LocalDate.of(2026, 12, 7)));
    }
}
