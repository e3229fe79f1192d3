package mx.gob.imss.siade.busqueda;

/** How results are ordered. */
public enum OrdenBusqueda {
    RELEVANCIA,
    RECIENTES,
    ANTIGUAS
}
