package mx.gob.imss.siade.digitalizacion;

/** What the folder does with a file once its row is committed. */
public record ResultadoEscaneo(String nombre, Destino destino, String folio, String motivo) {

    /** Where the file goes. */
    public enum Destino {
        /** Stored (filed, in the tray, or already stored before a crash): the file is removed. */
        GUARDADO,
        /** Refused: moved to {@code rechazados/} with its reason beside it. */
        RECHAZADO,
        /** The same content came before under another name: moved to {@code duplicados/}. */
        DUPLICADO
    }
}
