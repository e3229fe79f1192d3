package mx.gob.imss.siade.catalogos;

/**
 * A row of a catalogue with a code (OOAD, UMAE, órgano normativo, tipo de documento): the code never changes
 * once created (other systems and the history refer to it); the name may be corrected; a row history
 * refers to is deactivated, never deleted.
 */
public interface EntradaCatalogo {

    Long getId();

    String getClave();

    String getNombre();

    boolean isActivo();

    void renombrar(String nuevoNombre);

    void activar(boolean activa);
}
