package mx.gob.imss.siade.catalogos;

/** The catalogues the administrador keeps on screen (áreas and escalation chains have their own screen). */
public enum Catalogo {
    OOAD(Ooad.class, 20, 200),
    UMAE(Umae.class, 20, 200),
    ORGANO_NORMATIVO(OrganoNormativo.class, 20, 200),
    TIPO_DOCUMENTO(TipoDocumento.class, 30, 100),
    /** The offices cases are derived to, with the enlace email each derivation is sent to. */
    INSTANCIA(Instancia.class, 0, 250);

    private final Class<?> entidad;
    private final int largoClave;
    private final int largoNombre;

    Catalogo(Class<?> entidad, int largoClave, int largoNombre) {
        this.entidad = entidad;
        this.largoClave = largoClave;
        this.largoNombre = largoNombre;
    }

    public Class<?> entidad() {
        return entidad;
    }

    /** 0: the catalogue has no code (instancias are told apart by kind and name). */
    public int largoClave() {
        return largoClave;
    }

    public int largoNombre() {
        return largoNombre;
    }
}
