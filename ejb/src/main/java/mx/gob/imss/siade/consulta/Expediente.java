package mx.gob.imss.siade.consulta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mx.gob.imss.siade.bitacora.EventoBitacora;
import mx.gob.imss.siade.datoscomplementarios.SolicitudDatos;
import mx.gob.imss.siade.derivacion.Derivacion;
import mx.gob.imss.siade.documentos.Documento;
import mx.gob.imss.siade.notificaciones.CorreoSaliente;
import mx.gob.imss.siade.ocr.EstadoOcrDocumento;
import mx.gob.imss.siade.oficios.Oficio;
import mx.gob.imss.siade.personas.Enmascarador;
import mx.gob.imss.siade.peticion.Peticion;

/**
 * The whole case as read for the Expediente screen: header, personal data, and everything filed
 * under the folio, emails included. Free texts go through {@link #visible} (the persona's data masked
 * for the roles that see it masked); {@code documentosLegibles} are the documents this reader may open;
 * {@code semaforo} follows the open escalation level's date, else the answer deadline; {@code encuesta}
 * is the persona usuaria's satisfaction answer, null until she gives one; {@code ocr} the state of the text
 * recognition of each scan, by document id.
 */
public record Expediente(Peticion peticion, DatosPersonalesVista datosPersonales, List<Documento> documentos,
                         List<Derivacion> derivaciones, List<Oficio> oficios, List<SolicitudDatos> solicitudesDatos,
                         List<EventoBitacora> bitacora, List<CorreoSaliente> correos, Enmascarador enmascarador,
                         Set<Long> documentosLegibles, mx.gob.imss.siade.plazos.Semaforo semaforo,
                         EncuestaSatisfaccion encuesta, Map<Long, EstadoOcrDocumento> ocr) implements Serializable {

    public Expediente {
        documentos = List.copyOf(documentos);
        derivaciones = List.copyOf(derivaciones);
        oficios = List.copyOf(oficios);
        solicitudesDatos = List.copyOf(solicitudesDatos);
        bitacora = List.copyOf(bitacora);
        correos = List.copyOf(correos);
        documentosLegibles = Set.copyOf(documentosLegibles);
        ocr = Map.copyOf(ocr);
    }

    /** The OCR of a document, or null when it has none (generated PDFs carry their text). */
    public EstadoOcrDocumento ocr(Documento documento) {
        return documento == null ? null : ocr.get(documento.getId());
    }

    /** A free text of the case as this reader may see it. */
    public String visible(String texto) {
        return enmascarador.aplicar(texto);
    }

    public boolean legible(Documento documento) {
        return documento != null && documentosLegibles.contains(documento.getId());
    }
}
