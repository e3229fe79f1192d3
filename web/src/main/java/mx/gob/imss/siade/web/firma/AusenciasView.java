package mx.gob.imss.siade.web.firma;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import mx.gob.imss.siade.firma.Ausencia;
import mx.gob.imss.siade.firma.AusenciaService;
import mx.gob.imss.siade.seguridad.Usuario;
import mx.gob.imss.siade.web.infra.Mensajes;

/** A titular (or the administrador) records an absence and who signs meanwhile (5.70). */
@Named
@ViewScoped
public class AusenciasView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AusenciaService ausencias;

    private List<Ausencia> registradas;
    private List<Usuario> titulares;
    private List<Usuario> suplentes;
    private String titular;
    private String suplente;
    private LocalDate desde;
    private LocalDate hasta;
    private String motivo;

    @PostConstruct
    void cargar() {
        registradas = ausencias.vigentesYProximas();
        titulares = ausencias.titulares();
        suplentes = ausencias.posiblesSuplentes();
        if (titular == null && !titulares.isEmpty()) {
            titular = titulares.get(0).getNombreUsuario();
        }
    }

    public void registrar() {
        Ausencia a = ausencias.registrar(titular, suplente, desde, hasta, motivo);
        Mensajes.info("ausencias.registrada", a.getTitular().getNombreCompleto(), a.getSuplente().getNombreCompleto());
        desde = null;
        hasta = null;
        motivo = null;
        cargar();
    }

    public void cancelar(long id) {
        ausencias.cancelar(id);
        Mensajes.info("ausencias.cancelada");
        cargar();
    }

    public List<Ausencia> getRegistradas() {
        return registradas;
    }

    public List<Usuario> getTitulares() {
        return titulares;
    }

    public List<Usuario> getSuplentes() {
        return suplentes;
    }

    public String getTitular() {
        return titular;
    }

    public void setTitular(String titular) {
        this.titular = titular;
    }

    public String getSuplente() {
        return suplente;
    }

    public void setSuplente(String suplente) {
        this.suplente = suplente;
    }

    public LocalDate getDesde() {
        return desde;
    }

    public void setDesde(LocalDate desde) {
        this.desde = desde;
    }

    public LocalDate getHasta() {
        return hasta;
    }

    public void setHasta(LocalDate hasta) {
        this.hasta = hasta;
    }

    public String getMotivo() {
        return motivo;
    }

    public void setMotivo(String motivo) {
        this.motivo = motivo;
    }
}
