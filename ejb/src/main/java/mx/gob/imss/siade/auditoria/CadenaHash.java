package mx.gob.imss.siade.auditoria;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The head of a hash chain (its last link), locked while a row is appended. */
@Entity
@Table(name = "CADENA_HASH")
public class CadenaHash implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private String nombre;

    @Column(name = "ULTIMO_HASH", nullable = false)
    private String ultimoHash;

    protected CadenaHash() {
    }

    public String getUltimoHash() {
        return ultimoHash;
    }

    void avanzar(String hash) {
        this.ultimoHash = hash;
    }
}
