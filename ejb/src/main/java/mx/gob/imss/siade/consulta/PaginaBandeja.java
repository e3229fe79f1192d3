package mx.gob.imss.siade.consulta;

import java.io.Serializable;
import java.util.List;

public record PaginaBandeja(List<FilaBandeja> filas, long total) implements Serializable {

    public PaginaBandeja {
        filas = List.copyOf(filas);
    }
}
