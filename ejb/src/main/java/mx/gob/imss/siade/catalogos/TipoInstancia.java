package mx.gob.imss.siade.catalogos;

/** Kinds of office a petición can be derived (turnada) to. */
public enum TipoInstancia {
    CDAOD,
    JDAOD,
    ORGANO_NORMATIVO,
    AREA_DAC,
    OIC,
    SNTSS
}
