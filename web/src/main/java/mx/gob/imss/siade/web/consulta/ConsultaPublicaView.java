package mx.gob.imss.siade.web.consulta;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import mx.gob.imss.siade.consulta.ConsultaPublicaService;
import mx.gob.imss.siade.web.infra.Cliente;
import mx.gob.imss.siade.web.infra.Mensajes;

/** The public status page: folio + código de consulta (from the acuse's QR, or typed). */
@Named
@ViewScoped
public class ConsultaPublicaView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ConsultaPublicaService consulta;

    private String folio;
    private String codigo;
    private boolean consultado;
    private ConsultaPublicaService.EstadoPublico estado;
    private Integer calificacion;
    private String comentario;

    /** Arriving from the QR (both parameters), the lookup runs at once. */
    public void alAbrir() {
        if (Cliente.primeraVisita() && folio != null && codigo != null && !consultado) {
            consultar();
        }
    }

    public void consultar() {
        ConsultaPublicaService.Respuesta r = consulta.consultar(folio, codigo, Cliente.direccion());
        if (r.espera().isPresent()) {
            consultado = false;
            estado = null;
            Mensajes.error("consultaPublica.espere", Math.max(1, r.espera().get().toSeconds()));
            return;
        }
        consultado = true;
        estado = r.estado().orElse(null);
    }

    /** The satisfaction survey of a concluded petición (5.30), answered once. */
    public void responderEncuesta() {
        ConsultaPublicaService.ResultadoEncuesta r = consulta.responderEncuesta(folio, codigo,
                calificacion == null ? 0 : calificacion, comentario, Cliente.direccion());
        switch (r) {
            case REGISTRADA -> Mensajes.info("encuesta.gracias");
            case YA_RESPONDIDA -> Mensajes.info("encuesta.yaRespondida");
            case INVALIDA -> Mensajes.error("encuesta.invalida", ConsultaPublicaService.COMENTARIO_ENCUESTA);
            case ESPERE -> Mensajes.error("consultaPublica.espereSinTiempo");
            case NO_DISPONIBLE -> Mensajes.error("consultaPublica.noEncontrada");
        }
        if (r == ConsultaPublicaService.ResultadoEncuesta.REGISTRADA
                || r == ConsultaPublicaService.ResultadoEncuesta.YA_RESPONDIDA) {
            estado = null;
            consultado = false;
            consultar();
        }
    }

    public Integer getCalificacion() {
        return calificacion;
    }

    public void setCalificacion(Integer calificacion) {
        this.calificacion = calificacion;
    }

    public String getComentario() {
        return comentario;
    }

    public void setComentario(String comentario) {
        this.comentario = comentario;
    }

    public String getFolio() {
        return folio;
    }

    public void setFolio(String folio) {
        this.folio = folio;
    }

    public String getCodigo() {
        return codigo;
    }

    public void setCodigo(String codigo) {
        this.codigo = codigo;
    }

    public boolean isConsultado() {
        return consultado;
    }

    public ConsultaPublicaService.EstadoPublico getEstado() {
        return estado;
    }
}
