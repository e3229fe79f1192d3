package mx.gob.imss.siade.web.consulta;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
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

    @EJB
    private ConsultaPublicaService consulta;

    private String folio;
    private String codigo;
    private boolean consultado;
    private ConsultaPublicaService.EstadoPublico estado;

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
