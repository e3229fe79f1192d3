package mx.gob.imss.siade.web.consulta;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import mx.gob.imss.siade.datoscomplementarios.CanalSolicitud;
import mx.gob.imss.siade.datoscomplementarios.DatosComplementariosService;
import mx.gob.imss.siade.web.infra.Mensajes;

/** Expediente panel: ask the persona usuaria for missing data (Anexos 21/38/39) and record it (Anexo 40). */
@Named
@ViewScoped
public class DatosComplementariosView extends PanelExpediente {

    private static final long serialVersionUID = 1L;

    @Inject
    private DatosComplementariosService datosComplementarios;

    private CanalSolicitud canalSolicitud = CanalSolicitud.OFICIO_POSTAL;
    private String datosSolicitados;
    private String telefonoRecibido;
    private String correoRecibido;
    private String domicilioRecibido;
    private String respuestaDatos;

    @Override
    protected void alCargar(mx.gob.imss.siade.consulta.Expediente expediente) {
        canalSolicitud = esGestion(expediente) ? CanalSolicitud.CORREO_ELECTRONICO : CanalSolicitud.OFICIO_POSTAL;
    }

    private static boolean esGestion(mx.gob.imss.siade.consulta.Expediente expediente) {
        return expediente.peticion().getAreaDac().esGestion();
    }

    public void solicitarDatos() {
        datosComplementarios.solicitar(folio(), canalSolicitud, datosSolicitados, version());
        Mensajes.info("expediente.datosSolicitados", folio());
        datosSolicitados = null;
        recargar();
    }

    public void recibirDatos() {
        datosComplementarios.recibirDatos(folio(), telefonoRecibido, correoRecibido, domicilioRecibido, respuestaDatos,
                version());
        Mensajes.info("expediente.datosRecibidos", folio());
        telefonoRecibido = null;
        correoRecibido = null;
        domicilioRecibido = null;
        respuestaDatos = null;
        recargar();
    }

    /** Gestión asks by email (Anexo 21) or phone; the others also by oficio sent by post (Anexo 39). */
    public CanalSolicitud[] getCanales() {
        if (expediente() != null && esGestion(expediente())) {
            return new CanalSolicitud[] {CanalSolicitud.CORREO_ELECTRONICO, CanalSolicitud.TELEFONO};
        }
        return CanalSolicitud.values();
    }

    public CanalSolicitud getCanalSolicitud() {
        return canalSolicitud;
    }

    public void setCanalSolicitud(CanalSolicitud canalSolicitud) {
        this.canalSolicitud = canalSolicitud;
    }

    public String getDatosSolicitados() {
        return datosSolicitados;
    }

    public void setDatosSolicitados(String datosSolicitados) {
        this.datosSolicitados = datosSolicitados;
    }

    public String getTelefonoRecibido() {
        return telefonoRecibido;
    }

    public void setTelefonoRecibido(String telefonoRecibido) {
        this.telefonoRecibido = telefonoRecibido;
    }

    public String getCorreoRecibido() {
        return correoRecibido;
    }

    public void setCorreoRecibido(String correoRecibido) {
        this.correoRecibido = correoRecibido;
    }

    public String getDomicilioRecibido() {
        return domicilioRecibido;
    }

    public void setDomicilioRecibido(String domicilioRecibido) {
        this.domicilioRecibido = domicilioRecibido;
    }

    public String getRespuestaDatos() {
        return respuestaDatos;
    }

    public void setRespuestaDatos(String respuestaDatos) {
        this.respuestaDatos = respuestaDatos;
    }
}
