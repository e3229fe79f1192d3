package mx.gob.imss.siade.gestion;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.gob.imss.siade.consulta.DatosPersonalesVista;
import mx.gob.imss.siade.consulta.Expediente;
import mx.gob.imss.siade.consulta.ExpedienteService;
import mx.gob.imss.siade.documentos.GeneradorPdf;
import mx.gob.imss.siade.infra.Plantillas;
import mx.gob.imss.siade.infra.Textos;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.seguridad.Roles;

/**
 * Gestión's formats as PDF (Anexos 14–17), filled with the case's data: read through the Expediente, so
 * the same access policy decides who may print it and the same masking applies to personal data and
 * free texts as on the screen. The Formato de seguimiento lists every event, call and escalation level.
 */
@Stateless
@RolesAllowed({Roles.CONSULTOR, Roles.SUPERVISOR, Roles.JEFE_AREA, Roles.TITULAR_DAC, Roles.TITULAR_CAO, Roles.JURIDICO,
        Roles.ADMIN, Roles.CORRESPONDENCIA})
public class FormatosGestionService {

    private static final DateTimeFormatter FECHA_HORA = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @EJB
    private ExpedienteService expedientes;

    @EJB
    private LlamadaService llamadas;

    @EJB
    private EscalamientoService escalamientos;

    @Inject
    private Plantillas plantillas;

    @Inject
    private GeneradorPdf pdf;

    public byte[] pdf(String folio, FormatoGestion formato) {
        Expediente e = expedientes.abrir(folio);
        Peticion p = e.peticion();
        DatosPersonalesVista d = e.datosPersonales();
        Map<String, Object> campos = new HashMap<>();
        campos.put("titulo", formato.titulo());
        campos.put("anexo", formato.anexo());
        campos.put("formato", formato.name());
        campos.put("folio", p.getFolio());
        campos.put("recepcion", hora(p.getFechaRecepcion()));
        campos.put("medio", Textos.etiqueta(p.getMedioCaptacion()));
        campos.put("instancia", texto(p.getInstanciaOrigen()));
        campos.put("correoInstancia", texto(p.getCorreoInstanciaOrigen()));
        campos.put("nombre", p.getPersonaUsuaria().getNombre());
        campos.put("tipoPersona", Textos.etiqueta(p.getPersonaUsuaria().getTipo()));
        campos.put("nss", texto(d.nss()));
        campos.put("curp", texto(d.curp()));
        campos.put("telefono", texto(d.telefono()));
        campos.put("correo", texto(d.correo()));
        campos.put("domicilio", texto(d.domicilio()));
        campos.put("ubicacion", p.getOoad() != null ? p.getOoad().getNombre() : p.getUmae() != null ? p.getUmae().getNombre() : "");
        campos.put("asunto", e.visible(p.getAsunto()));
        campos.put("resumen", texto(e.visible(p.getResumen())));
        campos.put("tipo", p.getTipo() == null ? "Sin clasificar" : Textos.etiqueta(p.getTipo()));
        campos.put("estado", Textos.etiqueta(p.getEstado()));
        campos.put("consultor", p.getConsultor() == null ? "" : p.getConsultor().getNombreCompleto());
        campos.put("limite", p.getFechaLimite() == null ? "" : Textos.fecha(p.getFechaLimite()));
        campos.put("conclusion", p.getFechaConclusion() == null ? "" : hora(p.getFechaConclusion()) + " · "
                + Textos.etiqueta(p.getMotivoConclusion()));
        List<Map<String, String>> seguimiento = new ArrayList<>();
        e.bitacora().forEach(b -> seguimiento.add(Map.of("fecha", hora(b.getFecha()), "quien", b.getUsuario(),
                "que", Textos.etiqueta(b.getTipoEvento()), "detalle", texto(e.visible(b.getDescripcion())))));
        campos.put("seguimiento", seguimiento);
        List<Map<String, String>> contactos = new ArrayList<>();
        if (p.getAreaDac().esGestion()) {
            llamadas.deCaso(folio).forEach(l -> contactos.add(Map.of("fecha", hora(l.fecha()), "numero", l.numero(),
                    "resultado", Textos.etiqueta(l.resultado()), "nota", texto(e.visible(l.nota())))));
            List<Map<String, String>> niveles = new ArrayList<>();
            escalamientos.deCaso(folio).forEach(n -> niveles.add(Map.of("nivel", String.valueOf(n.getNivel()),
                    "area", n.getArea().getNombre(), "cargo", n.getCargo(), "limite", Textos.fecha(n.getFechaLimite()),
                    "cierre", n.getCierre() == null ? "Abierto" : Textos.etiqueta(n.getCierre()),
                    "solucion", texto(e.visible(n.getSolucion())))));
            campos.put("niveles", niveles);
        } else {
            campos.put("niveles", List.of());
        }
        campos.put("llamadas", contactos);
        return pdf.desdeXhtml(plantillas.procesar("gestion/formato.ftlh", campos));
    }

    private static String hora(OffsetDateTime fecha) {
        return fecha == null ? "" : fecha.atZoneSameInstant(Tiempo.ZONA_MEXICO).format(FECHA_HORA);
    }

    private static String texto(String valor) {
        return valor == null ? "" : valor;
    }
}
