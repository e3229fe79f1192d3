package mx.gob.imss.siade.web.gestion;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import mx.gob.imss.siade.consulta.Expediente;
import mx.gob.imss.siade.gestion.LlamadaService;
import mx.gob.imss.siade.gestion.ResultadoLlamada;
import mx.gob.imss.siade.web.consulta.PanelExpediente;
import mx.gob.imss.siade.web.infra.Mensajes;

/** Expediente panel of Gestión's cases: the first-contact call log (act. 25–27). */
@Named
@ViewScoped
public class LlamadasView extends PanelExpediente {

    private static final long serialVersionUID = 1L;

    @Inject
    private LlamadaService llamadas;

    @jakarta.inject.Inject
    private mx.gob.imss.siade.web.seguridad.SesionView sesion;

    private List<LlamadaService.LlamadaVista> registradas = List.of();
    private String numero;
    private ResultadoLlamada resultado;
    private String nota;

    @Override
    protected void alCargar(Expediente expediente) {
        if (!expediente.peticion().getAreaDac().esGestion()) {
            registradas = List.of(); // only Gestión's cases have a call log
            return;
        }
        registradas = llamadas.deCaso(expediente.peticion().getFolio());
        if (numero == null && expediente.datosPersonales() != null && !expediente.datosPersonales().enmascarados()) {
            numero = expediente.datosPersonales().telefono();
        }
    }

    public void registrar() {
        llamadas.registrar(folio(), numero, resultado, nota);
        Mensajes.info("llamadas.registrada");
        nota = null;
        resultado = null;
        recargar();
    }

    /** Gestión's cases, pending, for those who work them. */
    public boolean isPuedeLlamar() {
        return expediente() != null && peticion().getAreaDac().esGestion()
                && peticion().getEstado().esPendiente() && vista().isTieneAcciones()
                && sesion.isTrabajaCasos();
    }

    public List<LlamadaService.LlamadaVista> getRegistradas() {
        return registradas;
    }

    public ResultadoLlamada[] getResultados() {
        return ResultadoLlamada.values();
    }

    public String getNumero() {
        return numero;
    }

    public void setNumero(String numero) {
        this.numero = numero;
    }

    public ResultadoLlamada getResultado() {
        return resultado;
    }

    public void setResultado(ResultadoLlamada resultado) {
        this.resultado = resultado;
    }

    public String getNota() {
        return nota;
    }

    public void setNota(String nota) {
        this.nota = nota;
    }
}
