package mx.gob.imss.siade.catalogos;

import java.io.Serializable;

/**
 * A catalogue row for the administration screen. {@code correo}: an instancia's enlace email or an órgano
 * normativo's; {@code detalle}: a UMAE's entidad, or what an instancia belongs to; {@code referenciaId} the
 * OOAD, UMAE, órgano normativo or área an instancia belongs to.
 */
public record FilaCatalogo(Long id, String clave, String nombre, String correo, String detalle,
                           TipoInstancia tipoInstancia, Long referenciaId, boolean activo) implements Serializable {
}
