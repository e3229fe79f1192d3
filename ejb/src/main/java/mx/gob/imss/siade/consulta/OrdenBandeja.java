package mx.gob.imss.siade.consulta;

/** Columns the Bandeja may be sorted by; anything else (or nothing) falls back to the deadline. */
public enum OrdenBandeja {
    FOLIO("folio"),
    FECHA_RECEPCION("fechaRecepcion"),
    ESTADO("estado"),
    TIPO("tipo"),
    FECHA_LIMITE("fechaLimite"),
    PRIORIDAD("prioridad");

    private final String atributo;

    OrdenBandeja(String atributo) {
        this.atributo = atributo;
    }

    public String atributo() {
        return atributo;
    }

    public static OrdenBandeja de(String campo) {
        if (campo != null) {
            for (OrdenBandeja orden : values()) {
                if (orden.atributo.equals(campo)) {
                    return orden;
                }
            }
        }
        return FECHA_LIMITE;
    }
}
