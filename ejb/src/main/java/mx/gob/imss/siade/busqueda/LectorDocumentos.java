package mx.gob.imss.siade.busqueda;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
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
        return textos(List.of(p)).getOrDefault(p.getId(), "");
    }

    /**
     * The free text of each of these peticiones, read in three queries whatever their number (a page of
     * search results): its fields, the notes of its bitácora, its derivations' reasons and answers, and its
     * oficios.
     */
    public Map<Long, String> textos(List<Peticion> peticiones) {
        Map<Long, StringJoiner> textos = new LinkedHashMap<>();
        if (peticiones.isEmpty()) {
            return Map.of();
        }
        for (Peticion p : peticiones) {
            StringJoiner texto = new StringJoiner("\n");
            agregar(texto, p.getAsunto());
            agregar(texto, p.getResumen());
            agregar(texto, p.getAreaResponsable());
            agregar(texto, p.getNormativa());
            agregar(texto, p.getTramite());
            agregar(texto, p.getSubtramite());
            textos.put(p.getId(), texto);
        }
        for (Object[] e : em.createQuery("SELECT e.peticion.id, e.descripcion FROM EventoBitacora e"
                + " WHERE e.peticion IN :peticiones ORDER BY e.fecha, e.id", Object[].class)
                .setParameter("peticiones", peticiones).getResultList()) {
            agregar(textos.get((Long) e[0]), (String) e[1]);
        }
        for (Object[] d : em.createQuery("SELECT d.peticion.id, d.motivo, d.respuesta FROM Derivacion d"
                + " WHERE d.peticion IN :peticiones ORDER BY d.numero", Object[].class)
                .setParameter("peticiones", peticiones).getResultList()) {
            agregar(textos.get((Long) d[0]), (String) d[1]);
            agregar(textos.get((Long) d[0]), (String) d[2]);
        }
        for (Object[] o : em.createQuery("SELECT o.peticion.id, o.asunto, o.cuerpo FROM Oficio o"
                + " WHERE o.peticion IN :peticiones ORDER BY o.creadoEn, o.id", Object[].class)
                .setParameter("peticiones", peticiones).getResultList()) {
            agregar(textos.get((Long) o[0]), (String) o[1]);
            agregar(textos.get((Long) o[0]), (String) o[2]);
        }
        Map<Long, String> resultado = new LinkedHashMap<>();
        textos.forEach((id, t) -> resultado.put(id, t.toString()));
        return resultado;
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

    /** The recognised text of every page of these cases' scans, by case, in one query (a page of results). */
    public Map<Long, List<PaginaOcr>> paginasDigitalizadas(List<Peticion> peticiones) {
        return ocr.textos(peticiones.stream().map(Peticion::getId).toList());
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
        if (texto != null && parte != null && !parte.isBlank()) {
            texto.add(parte);
        }
    }
}
