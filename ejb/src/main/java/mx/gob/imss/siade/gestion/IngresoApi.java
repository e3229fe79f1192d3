package mx.gob.imss.siade.gestion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import mx.gob.imss.siade.peticion.Peticion;

/** A case received through the API: which account sent it, under which idempotency key, with which body. */
@Entity
@Table(name = "INGRESO_API")
@IdClass(IngresoApi.Llave.class)
@NamedQuery(name = "IngresoApi.dePeticion", query = "SELECT i FROM IngresoApi i WHERE i.cuenta = :cuenta"
        + " AND i.peticion.folio = :folio")
public class IngresoApi implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Composite key: account and idempotency key. */
    public static class Llave implements Serializable {

        private static final long serialVersionUID = 1L;

        private String cuenta;
        private String claveIdempotencia;

        public Llave() {
        }

        public Llave(String cuenta, String claveIdempotencia) {
            this.cuenta = cuenta;
            this.claveIdempotencia = claveIdempotencia;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Llave otra && java.util.Objects.equals(cuenta, otra.cuenta)
                    && java.util.Objects.equals(claveIdempotencia, otra.claveIdempotencia);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(cuenta, claveIdempotencia);
        }
    }

    @Id
    @Column(nullable = false, updatable = false)
    private String cuenta;

    @Id
    @Column(name = "CLAVE_IDEMPOTENCIA", nullable = false, updatable = false)
    private String claveIdempotencia;

    @Column(name = "HUELLA_CUERPO", nullable = false, updatable = false)
    private String huellaCuerpo;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "PETICION_ID", nullable = false, updatable = false)
    private Peticion peticion;

    @Column(name = "RECIBIDO_EN", nullable = false, updatable = false)
    private OffsetDateTime recibidoEn;

    protected IngresoApi() {
    }

    IngresoApi(String cuenta, String claveIdempotencia, String huellaCuerpo, Peticion peticion, OffsetDateTime recibidoEn) {
        this.cuenta = cuenta;
        this.claveIdempotencia = claveIdempotencia;
        this.huellaCuerpo = huellaCuerpo;
        this.peticion = peticion;
        this.recibidoEn = recibidoEn;
    }

    public String getHuellaCuerpo() {
        return huellaCuerpo;
    }

    public Peticion getPeticion() {
        return peticion;
    }

    public OffsetDateTime getRecibidoEn() {
        return recibidoEn;
    }
}
