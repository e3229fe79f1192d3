package mx.gob.imss.siade.web.firma;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;
import mx.gob.imss.siade.firma.VerificacionService;
import mx.gob.imss.siade.web.infra.Cliente;
import mx.gob.imss.siade.web.infra.Mensajes;
import org.primefaces.model.file.UploadedFile;

/** The public verification page: folio + code (from the QR or typed), or a PDF to check. */
@Named
@ViewScoped
public class VerificacionView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long PDF_MAXIMO = 20L * 1024 * 1024;

    @Inject
    private VerificacionService verificacion;

    private String folio;
    private String codigo;
    private boolean consultado;
    private VerificacionService.Constancia constancia;
    private transient UploadedFile pdf;
    private VerificacionService.Revision revision;

    /** Arriving from the QR (both parameters given), the lookup runs at once. */
    public void alAbrir() {
        if (Cliente.primeraVisita() && folio != null && codigo != null && !consultado) {
            consultar();
        }
    }

    public void consultar() {
        VerificacionService.Respuesta r = verificacion.consultar(folio, codigo, Cliente.direccion());
        if (esperar(r.espera())) {
            return;
        }
        consultado = true;
        constancia = r.constancia().orElse(null);
    }

    public void revisar() {
        if (pdf == null || pdf.getSize() == 0) {
            Mensajes.error("verificar.sinArchivo");
            return;
        }
        if (pdf.getSize() > PDF_MAXIMO) {
            Mensajes.error("verificar.archivoGrande");
            return;
        }
        VerificacionService.Revision r = verificacion.revisar(pdf.getContent(), Cliente.direccion());
        pdf = null;
        if (!esperar(r.espera())) {
            revision = r;
        }
    }

    private boolean esperar(Optional<Duration> espera) {
        espera.ifPresent(d -> Mensajes.error("verificar.espere", Math.max(1, d.toSeconds())));
        return espera.isPresent();
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

    public VerificacionService.Constancia getConstancia() {
        return constancia;
    }

    public UploadedFile getPdf() {
        return pdf;
    }

    public void setPdf(UploadedFile pdf) {
        this.pdf = pdf;
    }

    public VerificacionService.Revision getRevision() {
        return revision;
    }
}
