package mx.gob.imss.siade.oficios;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.gob.imss.siade.bitacora.BitacoraRepository;
import mx.gob.imss.siade.bitacora.EventoBitacora;
import mx.gob.imss.siade.bitacora.TipoEventoBitacora;
import mx.gob.imss.siade.catalogos.CatalogoRepository;
import mx.gob.imss.siade.catalogos.TipoDocumento;
import mx.gob.imss.siade.documentos.Digitalizacion;
import mx.gob.imss.siade.documentos.Documento;
import mx.gob.imss.siade.documentos.DocumentoRepository;
import mx.gob.imss.siade.documentos.GeneradorPdf;
import mx.gob.imss.siade.infra.Plantillas;
import mx.gob.imss.siade.infra.Textos;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.personas.DatosPersonales;
import mx.gob.imss.siade.personas.Enmascarador;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.seguridad.Actor;
import mx.gob.imss.siade.seguridad.CifradoDatosPersonales;

/**
 * Drafts an oficio in the caller's transaction: the editable template of its tipo merged with the
 * case's data, a folio de oficio of the área and year, the PDF rendered and filed in the case, and
 * the bitácora entry. Used by staff (OficioService) and by the deadline timer (Oficio de conclusión).
 */
@ApplicationScoped
public class RedaccionOficio {

    /** Merge fields every oficio template may use; the plantillas screen lists the same ones. */
    public static final List<String> CAMPOS = List.of("folio", "folioOficio", "destinatario", "domicilio", "remitente",
            "asunto", "fecha", "fechaRecepcion", "fechaSolicitud", "datosSolicitados", "fechaLimite", "instancia", "respuesta");

    /** How the messages name the two parts of a template. */
    static final String PARTE_ASUNTO = "el asunto";
    static final String PARTE_TEXTO = "el texto";

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Inject
    private FolioOficioRepository folios;

    @Inject
    private Plantillas plantillas;

    @Inject
    private GeneradorPdf pdf;

    @Inject
    private DocumentoRepository documentos;

    @Inject
    private CatalogoRepository catalogos;

    @Inject
    private BitacoraRepository bitacora;

    @Inject
    private CifradoDatosPersonales cifrado;

    /**
     * @param extras merge fields particular to this oficio (e.g. {@code datosSolicitados}, {@code instancia})
     */
    public Oficio redactar(Peticion peticion, TipoOficio tipo, String destinatario, Map<String, ?> extras, Actor actor,
                           OffsetDateTime ahora) {
        return redactar(peticion, tipo, destinatario, extras, false, actor, ahora);
    }

    /** @param organoNormativo addressed to an Órgano normativo: initialled by the Titular DAC, signed by the CAO */
    public Oficio redactar(Peticion peticion, TipoOficio tipo, String destinatario, Map<String, ?> extras,
                           boolean organoNormativo, Actor actor, OffsetDateTime ahora) {
        PlantillaOficio plantilla = em.find(PlantillaOficio.class, tipo);
        if (plantilla == null) {
            throw new IllegalStateException("Sin plantilla para el oficio " + tipo);
        }
        LocalDate hoy = ahora.atZoneSameInstant(Tiempo.ZONA_MEXICO).toLocalDate();
        FolioOficio folio = folios.siguiente(peticion.getAreaDac(), hoy.getYear());
        DatosPersonales datos = peticion.getPersonaUsuaria().datosPersonales(cifrado);
        String paraQuien = destinatario == null || destinatario.isBlank()
                ? peticion.getPersonaUsuaria().getNombre() : destinatario.trim();

        Map<String, Object> campos = new HashMap<>();
        // A field this step does not provide stays missing: a template that uses it is refused with the
        // field's name (PlantillaRechazadaException) rather than printing a hole.
        campos.put("folio", peticion.getFolio());
        campos.put("folioOficio", folio.valor());
        campos.put("destinatario", paraQuien);
        campos.put("domicilio", datos.domicilio() == null ? "" : datos.domicilio());
        campos.put("remitente", peticion.getPersonaUsuaria().getNombre());
        campos.put("asunto", peticion.getAsunto());
        campos.put("fecha", Textos.fechaLarga(hoy));
        campos.put("fechaRecepcion", Textos.fechaLarga(peticion.getFechaRecepcion()
                .atZoneSameInstant(Tiempo.ZONA_MEXICO).toLocalDate()));
        campos.putAll(extras);
        String asunto = plantillas.procesarTexto(PARTE_ASUNTO, plantilla.getAsunto(), campos);
        String cuerpo = plantillas.procesarTexto(PARTE_TEXTO, plantilla.getCuerpo(), campos);

        Oficio oficio = new Oficio(peticion, peticion.getAreaDac(), folio, tipo, paraQuien, asunto, cuerpo,
                actor.nombreUsuario(), ahora);
        if (organoNormativo) {
            oficio.dirigirAOrganoNormativo();
        }
        em.persist(oficio);

        byte[] contenido = pdf(oficio, plantilla.getNombre(), Enmascarador.NINGUNO);
        oficio.adjuntarDocumento(archivar(oficio, contenido, "", actor, ahora));
        bitacora.registrar(new EventoBitacora(peticion, ahora, actor.nombreUsuario(), TipoEventoBitacora.OFICIO,
                Textos.de("bitacora.oficio", plantilla.getNombre(), folio.valor(), paraQuien), null, null));
        return oficio;
    }

    /**
     * A new text for a returned oficio: the current text and PDF are kept as a {@link VersionOficio},
     * the new text is rendered and filed as the oficio's document.
     */
    void reescribir(Oficio oficio, String asunto, String cuerpo, Actor actor, OffsetDateTime ahora) {
        PlantillaOficio plantilla = em.find(PlantillaOficio.class, oficio.getTipo());
        String nombrePlantilla = plantilla == null ? "" : plantilla.getNombre();
        em.persist(new VersionOficio(oficio, actor.nombreUsuario(), ahora));
        oficio.reescribir(asunto, cuerpo, oficio.getDocumento());
        // A text that cannot be rendered is refused (PlantillaRechazadaException rolls back: nothing changes).
        byte[] contenido = pdf(oficio, nombrePlantilla, Enmascarador.NINGUNO);
        oficio.adjuntarDocumento(archivar(oficio, contenido, "-v" + oficio.getVersionTexto(), actor, ahora));
    }

    /** The signed PDF filed in the case; the oficio becomes FIRMADO with it as its document. */
    public Documento archivarFirmado(Oficio oficio, byte[] firmado, Actor actor, OffsetDateTime ahora) {
        Documento documento = archivar(oficio, firmado, "-firmado", actor, ahora);
        oficio.firmar(documento);
        return documento;
    }

    /** Files a PDF of the oficio in its case. */
    Documento archivar(Oficio oficio, byte[] contenido, String sufijo, Actor actor, OffsetDateTime ahora) {
        TipoDocumento tipoDocumento = catalogos.porClave(TipoDocumento.class, "OFICIO_EMITIDO").orElseThrow();
        String nombre = "oficio-" + oficio.getFolioOficio().replace('/', '-') + sufijo + ".pdf";
        long id = documentos.insertar(oficio.getPeticion(), tipoDocumento, nombre, "application/pdf", contenido.length,
                Digitalizacion.sha256(contenido), new ByteArrayInputStream(contenido), oficio.getAsunto(),
                actor.nombreUsuario(), ahora);
        return em.find(Documento.class, id);
    }

    /**
     * The template merged with a fictitious sample case (no real person's data: the administrador does not see
     * personal data) inside the real letterhead: what an oficio of this kind will look like.
     */
    public byte[] vistaPrevia(String nombrePlantilla, String asuntoPlantilla, String cuerpoPlantilla, LocalDate hoy) {
        Map<String, Object> campos = new HashMap<>();
        campos.put("folio", "2026-0001234-7");
        campos.put("folioOficio", "DAC/CORR/0042/" + hoy.getYear());
        campos.put("destinatario", "María Guadalupe Ejemplo Pérez");
        campos.put("domicilio", "Calle de Ejemplo 123, Col. Centro, C.P. 06000, Ciudad de México");
        campos.put("remitente", "María Guadalupe Ejemplo Pérez");
        campos.put("asunto", "Atención médica en la UMF de ejemplo");
        campos.put("fecha", Textos.fechaLarga(hoy));
        campos.put("fechaRecepcion", Textos.fechaLarga(hoy.minusDays(3)));
        campos.put("fechaSolicitud", Textos.fechaLarga(hoy.minusDays(1)));
        campos.put("datosSolicitados", "número de seguridad social y teléfono de contacto");
        campos.put("fechaLimite", Textos.fechaLarga(hoy.plusDays(7)));
        campos.put("instancia", "CDAOD Jalisco");
        campos.put("respuesta", "La unidad programó su consulta para el próximo lunes a las 9:00 horas.");
        Map<String, Object> hoja = new HashMap<>();
        hoja.put("folioOficio", campos.get("folioOficio"));
        hoja.put("folio", campos.get("folio"));
        hoja.put("fecha", campos.get("fecha"));
        hoja.put("asunto", plantillas.procesarTexto(PARTE_ASUNTO, asuntoPlantilla, campos));
        hoja.put("cuerpo", plantillas.procesarTexto(PARTE_TEXTO, cuerpoPlantilla, campos));
        hoja.put("plantilla", nombrePlantilla);
        hoja.put("enmascarada", false);
        hoja.put("cargoFirmante", Textos.de("oficio.cargo.titularDac"));
        return pdf.desdeXhtml(plantillas.procesar("oficios/oficio.ftlh", hoja));
    }

    /**
     * The oficio's PDF: its letterhead around the merged text. With an {@link Enmascarador} that
     * hides something, a copy marked as such, for the roles that see personal data masked.
     */
    byte[] pdf(Oficio oficio, String plantilla, Enmascarador enmascarador) {
        Map<String, Object> hoja = new HashMap<>();
        hoja.put("folioOficio", oficio.getFolioOficio());
        hoja.put("folio", oficio.getPeticion().getFolio());
        hoja.put("fecha", Textos.fechaLarga(oficio.getCreadoEn().atZoneSameInstant(Tiempo.ZONA_MEXICO).toLocalDate()));
        hoja.put("asunto", enmascarador.aplicar(oficio.getAsunto()));
        hoja.put("cuerpo", enmascarador.aplicar(oficio.getCuerpo()));
        hoja.put("plantilla", plantilla);
        hoja.put("enmascarada", enmascarador.oculta());
        hoja.put("cargoFirmante", Textos.de(oficio.isOrganoNormativo() ? "oficio.cargo.titularCao" : "oficio.cargo.titularDac"));
        return pdf.desdeXhtml(plantillas.procesar("oficios/oficio.ftlh", hoja));
    }
}
