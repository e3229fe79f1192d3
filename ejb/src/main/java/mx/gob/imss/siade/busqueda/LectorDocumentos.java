package mx.gob.imss.siade.busqueda;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import mx.gob.imss.siade.bitacora.EventoBitacora;
import mx.gob.imss.siade.derivacion.Derivacion;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.ocr.ColaOcr;
import mx.gob.imss.siade.ocr.PaginaOcr;
import mx.gob.imss.siade.oficios.Oficio;
import mx.gob.imss.siade.peticion.Peticion;

/**
 * Reads a petición and everything written about it from the database, as the index wants it,
 * including the text recognised (OCR) in its scans.
 */
@ApplicationScoped
public class LectorDocumentos {

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @jakarta.ejb.EJB
    private ColaOcr ocr;

    public Optional<DocumentoBusqueda> leer(long peticionId) {
        Peticion p = em.find(Peticion.class, peticionId);
        return p == null ? Optional.empty() : Optional.of(documento(p));
    }

    /** The ids of the peticiones from {@code desdeId} on (exclusive), in order, for a rebuild. */
    public List<Long> ids(long desdeId, int cuantos) {
        return em.createQuery("SELECT p.id FROM Peticion p WHERE p.id > :desde ORDER BY p.id", Long.class)
                .setParameter("desde", desdeId).setMaxResults(cuantos).getResultList();
    }

    public long total() {
        return em.createQuery("SELECT COUNT(p) FROM Peticion p", Long.class).getSingleResult();
    }

    /** The free text of a petición: what the index searches and the result page highlights. */
    public String texto(Peticion p) {
        StringJoiner texto = new StringJoiner("\n");
        agregar(texto, p.getAsunto());
        agregar(texto, p.getResumen());
        agregar(texto, p.getAreaResponsable());
        agregar(texto, p.getNormativa());
        agregar(texto, p.getTramite());
        agregar(texto, p.getSubtramite());
        for (EventoBitacora e : em.createNamedQuery("EventoBitacora.findByPeticion", EventoBitacora.class)
                .setParameter("peticion", p).getResultList()) {
            agregar(texto, e.getDescripcion());
        }
        for (Derivacion d : derivaciones(p)) {
            agregar(texto, d.getMotivo());
            agregar(texto, d.getRespuesta());
        }
        for (Oficio o : em.createNamedQuery("Oficio.findByPeticion", Oficio.class).setParameter("peticion", p)
                .getResultList()) {
            agregar(texto, o.getAsunto());
            agregar(texto, o.getCuerpo());
        }
        return texto.toString();
    }

    /** What the index searches: the case's own text and the recognised text (OCR) of its scans. */
    private String textoConDigitalizados(Peticion p) {
        StringJoiner texto = new StringJoiner("\n");
        agregar(texto, texto(p));
        for (PaginaOcr pagina : ocr.textos(p.getId())) {
            agregar(texto, pagina.texto());
        }
        return texto.toString();
    }

    /** The recognised text of every page of the case's scans (the search finds the matching page in it). */
    public List<PaginaOcr> paginasDigitalizadas(Peticion p) {
        return ocr.textos(p.getId());
    }

    private DocumentoBusqueda documento(Peticion p) {
        Set<Long> instancias = new HashSet<>();
        Set<Long> areas = new HashSet<>();
        areas.add(p.getAreaDac().getId());
        for (Derivacion d : derivaciones(p)) {
            instancias.add(d.getInstancia().getId());
            if (d.getInstancia().getAreaDac() != null) {
                areas.add(d.getInstancia().getAreaDac().getId());
            }
        }
        return new DocumentoBusqueda(p.getId(), p.getFolio(), p.getPersonaUsuaria().getHuellaNss(),
                p.getPersonaUsuaria().getHuellaCurp(), p.getPersonaUsuaria().getNombre(), p.fechaRecepcionLocal(),
                p.getFechaConclusion() == null ? null
                        : p.getFechaConclusion().atZoneSameInstant(Tiempo.ZONA_MEXICO).toLocalDate(),
                p.getEstado().name(), p.getTipo() == null ? null : p.getTipo().name(), p.getMedioCaptacion().name(),
                p.getOoad() == null ? null : p.getOoad().getId(), p.getOoad() == null ? null : p.getOoad().getNombre(),
                p.getUmae() == null ? null : p.getUmae().getId(), p.getUmae() == null ? null : p.getUmae().getNombre(),
                instancias, p.getAreaDac().getId(), areas, textoConDigitalizados(p), p.getConfidencialidad().name(),
                p.getAutorizados().stream().map(mx.gob.imss.siade.seguridad.Usuario::getId)
                        .collect(java.util.stream.Collectors.toSet()));
    }

    private List<Derivacion> derivaciones(Peticion p) {
        return em.createNamedQuery("Derivacion.findByPeticion", Derivacion.class).setParameter("peticion", p)
                .getResultList();
    }

    private static void agregar(StringJoiner texto, String parte) {
        if (parte != null && !parte.isBlank()) {
            texto.add(parte);
        }
    }
}
