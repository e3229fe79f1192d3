package mx.gob.imss.siade.gestion;

/** Gestión's printable formats (act. 22, 23, 34), each filled with the case's data. */
public enum FormatoGestion {
    /** Formato de gestión: a case from Atención Telefónica. */
    GESTION(14, "Formato de gestión"),
    /** Formato de gestión–pago de incapacidad: the same, for incapacity payments. */
    PAGO_INCAPACIDAD(15, "Formato de gestión – pago de incapacidad"),
    /** Formato de petición: a case another instancia sent by phone or email. */
    PETICION(16, "Formato de petición"),
    /** Formato de seguimiento: every follow-up of a long case. */
    SEGUIMIENTO(17, "Formato de seguimiento");

    private final int anexo;
    private final String titulo;

    FormatoGestion(int anexo, String titulo) {
        this.anexo = anexo;
        this.titulo = titulo;
    }

    public int anexo() {
        return anexo;
    }

    public String titulo() {
        return titulo;
    }

    public static java.util.Optional<FormatoGestion> deAnexo(int anexo) {
        return java.util.Arrays.stream(values()).filter(f -> f.anexo == anexo).findFirst();
    }
}
