package mx.gob.imss.siade.correspondencia;

import java.io.Serializable;

/** The outcome of registering a letter: its new folio and the document id of its acuse. */
public record RegistroRecepcion(String folio, long idAcuse) implements Serializable {
}
