package mx.gob.imss.siade.gestion;

/** The two bitácoras in which Gestión logs the cases it receives (act. 24). */
public enum LibroGestion {
    /** Bitácora de casos recibidos por instancias (Anexo 18): sent by another instancia by phone or email. */
    CASOS_DE_INSTANCIAS("Anexo 18", "anexo18"),
    /** Bitácora electrónica de casos remitidos por Atención Telefónica (Anexo 19). */
    ATENCION_TELEFONICA("Anexo 19", "anexo19");

    private final String anexo;
    private final String archivo;

    LibroGestion(String anexo, String archivo) {
        this.anexo = anexo;
        this.archivo = archivo;
    }

    public String anexo() {
        return anexo;
    }

    /** Start of the exported file's name. */
    public String archivo() {
        return archivo;
    }
}
