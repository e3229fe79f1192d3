package mx.gob.imss.siade.web.consulta;

import jakarta.annotation.PreDestroy;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import mx.gob.imss.siade.derivacion.Derivacion;
import mx.gob.imss.siade.derivacion.DerivacionService;
import mx.gob.imss.siade.derivacion.EstadoDerivacion;
import mx.gob.imss.siade.documentos.DocumentoService;
import mx.gob.imss.siade.web.documentos.ArchivoTemporal;
import mx.gob.imss.siade.web.infra.Mensajes;
import org.primefaces.event.FileUploadEvent;

/**
 * Expediente panels of the instancia's answer: record it with its signed oficio (act. 119), and the
 * supervisor's decision on it beside the answer itself — visto bueno or back as not conclusive
 * (act. 84–86, 121).
 */
@Named
@ViewScoped
public class RespuestaView extends PanelExpediente {

    private static final long serialVersionUID = 1L;

    @Inject
    private DerivacionService derivaciones;

    @Inject
    private DocumentoService documentos;

    private String respuesta;
    private ArchivoTemporal oficioRespuesta;
    private String notaRevision;

    /** The scan of the instancia's signed response oficio, checked as soon as it is uploaded. */
    public void alSubirOficio(FileUploadEvent evento) throws IOException {
        descartarOficio();
        oficioRespuesta = ArchivoTemporal.recibir(evento.getFile().getFileName(), evento.getFile().getInputStream(),
                documentos);
    }

    public void registrarRespuesta() {
        derivaciones.registrarRespuesta(folio(), respuesta, oficioRespuesta, version());
        Mensajes.info("expediente.respuestaRegistrada", folio());
        respuesta = null;
        descartarOficio();
        recargar();
    }

    public void aceptarRespuesta() {
        String folio = folio();
        derivaciones.aceptarRespuesta(folio, notaRevision, version());
        Mensajes.info("expediente.concluida", folio);
        notaRevision = null;
        recargar();
    }

    public void rechazarRespuesta() {
        String folio = folio();
        derivaciones.rechazarRespuesta(folio, notaRevision, version());
        Mensajes.info("expediente.respuestaDevuelta", folio);
        notaRevision = null;
        recargar();
    }

    /** The answer the reviewer accepts or sends back, shown beside the decision: the latest one received. */
    public Derivacion getRespuestaARevisar() {
        if (expediente() == null) {
            return null;
        }
        List<Derivacion> lista = expediente().derivaciones();
        for (int i = lista.size() - 1; i >= 0; i--) {
            if (lista.get(i).getEstado() == EstadoDerivacion.RESPONDIDA) {
                return lista.get(i);
            }
        }
        return null;
    }

    @PreDestroy
    void descartarOficio() {
        if (oficioRespuesta != null) {
            oficioRespuesta.borrar();
            oficioRespuesta = null;
        }
    }

    public String getRespuesta() {
        return respuesta;
    }

    public void setRespuesta(String respuesta) {
        this.respuesta = respuesta;
    }

    public ArchivoTemporal getOficioRespuesta() {
        return oficioRespuesta;
    }

    public String getNotaRevision() {
        return notaRevision;
    }

    public void setNotaRevision(String notaRevision) {
        this.notaRevision = notaRevision;
    }
}
