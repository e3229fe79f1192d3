package mx.gob.imss.siade.infra;

/**
 * A template (or the page it produces) that cannot become a document, said in Spanish with the line
 * and the field: a merge field without a value, a writing error, HTML that is not well formed, or a
 * template that runs too long or writes too much.
 */
public class PlantillaRechazadaException extends ReglaNegocioException {

    private static final long serialVersionUID = 1L;

    private PlantillaRechazadaException(String clave, Object... argumentos) {
        super(clave, argumentos);
    }

    public static PlantillaRechazadaException campoSinValor(String campo, int linea, String parte) {
        return new PlantillaRechazadaException("error.plantilla.campoSinValor", campo, linea, parte);
    }

    public static PlantillaRechazadaException sintaxis(int linea, int columna, String parte) {
        return new PlantillaRechazadaException("error.plantilla.sintaxis", linea, columna, parte);
    }

    public static PlantillaRechazadaException otro(int linea, String parte) {
        return new PlantillaRechazadaException("error.plantilla.otro", linea, parte);
    }

    public static PlantillaRechazadaException tiempo(long segundos) {
        return new PlantillaRechazadaException("error.plantilla.tiempo", segundos);
    }

    public static PlantillaRechazadaException tamano(int caracteres) {
        return new PlantillaRechazadaException("error.plantilla.tamano", caracteres);
    }

    public static PlantillaRechazadaException htmlMalFormado(int linea, int columna, String detalle) {
        return new PlantillaRechazadaException("error.plantilla.html", linea, columna, detalle);
    }
}
