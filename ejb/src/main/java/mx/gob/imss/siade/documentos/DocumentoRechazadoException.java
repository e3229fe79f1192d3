package mx.gob.imss.siade.documentos;

import mx.gob.imss.siade.infra.ReglaNegocioException;

/** A file that is not accepted into a case: empty, too big, of a type not allowed, or already there. */
public class DocumentoRechazadoException extends ReglaNegocioException {

    private static final long serialVersionUID = 1L;

    private DocumentoRechazadoException(String clave, Object... argumentos) {
        super(clave, argumentos);
    }

    static DocumentoRechazadoException imagenDemasiadoGrande(String nombre, long megapixeles) {
        return new DocumentoRechazadoException("error.documento.pixeles", nombre, megapixeles);
    }

    static DocumentoRechazadoException demasiadasPaginas(String nombre, int maximo) {
        return new DocumentoRechazadoException("error.documento.paginas", nombre, maximo);
    }

    static DocumentoRechazadoException imagenIlegible(String nombre) {
        return new DocumentoRechazadoException("error.documento.imagenIlegible", nombre);
    }

    static DocumentoRechazadoException vacio(String nombre) {
        return new DocumentoRechazadoException("error.documento.vacio", nombre);
    }

    static DocumentoRechazadoException demasiadoGrande(String nombre, long maximoMb) {
        return new DocumentoRechazadoException("error.documento.tamano", nombre, maximoMb);
    }

    static DocumentoRechazadoException tipoNoPermitido(String nombre, String detectado) {
        return new DocumentoRechazadoException("error.documento.tipo", nombre, detectado);
    }

    static DocumentoRechazadoException datosOcultos(String nombre) {
        return new DocumentoRechazadoException("error.documento.datosOcultos", nombre);
    }

    static DocumentoRechazadoException paginaInexistente(int numero) {
        return new DocumentoRechazadoException("error.documento.pagina", numero);
    }

    static DocumentoRechazadoException noEncontrado(long id) {
        return new DocumentoRechazadoException("error.documento.noEncontrado", id);
    }

    static DocumentoRechazadoException duplicado(String nombre, String folio) {
        return new DocumentoRechazadoException("error.documento.duplicado", nombre, folio);
    }
}
