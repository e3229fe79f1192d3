package mx.gob.imss.siade.gestion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.seguridad.CifradoDatosPersonales;

/** One attempt to reach the persona usuaria by telephone: when, which number (encrypted), how it ended. */
@Entity
@Table(name = "LLAMADA")
@NamedQuery(name = "Llamada.dePeticion", query = "SELECT l FROM Llamada l WHERE l.peticion = :peticion ORDER BY l.fecha, l.id")
public class Llamada implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "LLAMADA_SEQ", sequenceName = "LLAMADA_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "LLAMADA_SEQ")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "PETICION_ID", nullable = false, updatable = false)
    private Peticion peticion;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime fecha;

    /** Encrypted like every personal datum. */
    @Column(nullable = false, updatable = false)
    private String numero;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ResultadoLlamada resultado;

    @Column(updatable = false)
    private String nota;

    @Column(name = "REGISTRADA_POR", nullable = false, updatable = false)
    private String registradaPor;

    protected Llamada() {
    }

    Llamada(Peticion peticion, OffsetDateTime fecha, String numeroCifrado, ResultadoLlamada resultado, String nota,
            String registradaPor) {
        this.peticion = peticion;
        this.fecha = fecha;
        this.numero = numeroCifrado;
        this.resultado = resultado;
        this.nota = nota;
        this.registradaPor = registradaPor;
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getFecha() {
        return fecha;
    }

    public String numero(CifradoDatosPersonales cifrado) {
        return cifrado.descifrar(numero);
    }

    public ResultadoLlamada getResultado() {
        return resultado;
    }

    public String getNota() {
        return nota;
    }

    public String getRegistradaPor() {
        return registradaPor;
    }
}
