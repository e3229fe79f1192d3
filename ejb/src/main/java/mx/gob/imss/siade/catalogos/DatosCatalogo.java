package mx.gob.imss.siade.catalogos;

import java.io.Serializable;

/**
 * What the administrador writes about a catalogue row; fields that do not apply to the catalogue are
 * ignored. {@code clave}, {@code tipoInstancia} and {@code referenciaId} are taken only when creating.
 */
public record DatosCatalogo(String clave, String nombre, String correo, String entidad, TipoInstancia tipoInstancia,
                            Long referenciaId) implements Serializable {
}
