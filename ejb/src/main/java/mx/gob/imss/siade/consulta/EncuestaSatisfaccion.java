package mx.gob.imss.siade.consulta;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import mx.gob.imss.siade.peticion.Peticion;

/**
 * The persona usuaria's answer to the satisfaction survey of a concluded petición (5.30): a rating
 * from 1 to 5 and an optional comment. One per petición (its key), never changed.
 */
@Entity
@Table(name = "ENCUESTA_SATISFACCION")
public class EncuestaSatisfaccion implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int COMENTARIO_MAXIMO = 1000;

    @Id
    @Column(name = "PETICION_ID")
    private Long peticionId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "PETICION_ID")
    private Peticion peticion;

    @Column(nullable = false, updatable = false)
    private int calificacion;

    @Column(updatable = false)
    private String comentario;

    @Column(name = "RESPONDIDA_EN", nullable = false, updatable = false)
    private OffsetDateTime respondidaEn;

    protected EncuestaSatisfaccion() {
    }

    EncuestaSatisfaccion(Peticion peticion, int calificacion, String comentario, OffsetDateTime respondidaEn) {
        this.peticion = peticion;
        this.calificacion = calificacion;
        this.comentario = comentario;
        this.respondidaEn = respondidaEn;
    }

    public int getCalificacion() {
        return calificacion;
    }

    public String getComentario() {
        return comentario;
    }

    public OffsetDateTime getRespondidaEn() {
        return respondidaEn;
    }
}
