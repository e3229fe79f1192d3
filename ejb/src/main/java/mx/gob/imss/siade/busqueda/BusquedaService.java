package mx.gob.imss.siade.busqueda;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.gob.imss.siade.infra.Textos;
import mx.gob.imss.siade.personas.Curp;
import mx.gob.imss.siade.personas.Enmascarador;
import mx.gob.imss.siade.personas.Nss;
import mx.gob.imss.siade.personas.PersonaUsuaria;
import mx.gob.imss.siade.peticion.EstadoPeticion;
import mx.gob.imss.siade.peticion.Folio;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.peticion.TipoPeticion;
import mx.gob.imss.siade.seguridad.AccionCaso;
import mx.gob.imss.siade.seguridad.Actor;
import mx.gob.imss.siade.seguridad.CifradoDatosPersonales;
import mx.gob.imss.siade.seguridad.PoliticaAcceso;
import mx.gob.imss.siade.seguridad.RelacionCaso;
import mx.gob.imss.siade.seguridad.Roles;
import mx.gob.imss.siade.seguridad.UsuarioRepository;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The search over every case (Jurídico's reading room, and every role within what it may see): the
 * criteria are checked (folio with its check character, NSS and CURP valid, turned into their
 * fingerprints — the table is never decrypted), the index answers, and the page is read from the
 * database with the reader's masking, its matching fragments highlighted. What a role may not read
 * never appears, in the results or in the facet counts: the same rule as the Expediente
 * ({@link PoliticaAcceso}: a role that reads other áreas reads all; the others, their área's cases
 * and those derived to it).
 */
@Stateless
@RolesAllowed({Roles.CORRESPONDENCIA, Roles.CONSULTOR, Roles.SUPERVISOR, Roles.JEFE_AREA, Roles.TITULAR_DAC,
        Roles.TITULAR_CAO, Roles.JURIDICO, Roles.ADMIN})
public class BusquedaService {

    public static final int TAMANO_MAXIMO = 100;
    /** No page past this: a search is refined, not scrolled through thousands of results. */
    public static final int PROFUNDIDAD_MAXIMA = 10_000;

    @Resource
    private SessionContext contexto;

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Inject
    private IndiceBusqueda indice;

    @Inject
    private LectorDocumentos lector;

    @Inject
    private CifradoDatosPersonales cifrado;

    @Inject
    private UsuarioRepository usuarios;

    @Inject
    private mx.gob.imss.siade.seguridad.PoliticaAcceso politica;

    @jakarta.ejb.EJB
    private mx.gob.imss.siade.auditoria.Auditoria auditoria;

    public ResultadoBusqueda buscar(CriteriosBusqueda c, int primero, int cuantos, OrdenBusqueda orden) {
        Actor actor = Actor.de(contexto);
        CriteriosBusqueda criterios = c == null ? CriteriosBusqueda.vacios() : c;
        Long areaLector = null;
        if (!PoliticaAcceso.permite(actor.roles(), RelacionCaso.OTRA_AREA, AccionCaso.CONSULTAR)) {
            areaLector = usuarios.areaDe(actor.nombreUsuario()).orElse(-1L);
        }
        int inicio = Math.max(0, Math.min(primero, PROFUNDIDAD_MAXIMA));
        int tamano = Math.max(1, Math.min(cuantos, TAMANO_MAXIMO));
        ConsultaIndice consulta = new ConsultaIndice(
                texto(criterios.folio()) == null ? null : Folio.de(criterios.folio()).toString(),
                texto(criterios.nss()) == null ? null : PersonaUsuaria.huellaNss(Nss.de(criterios.nss()), cifrado),
                texto(criterios.curp()) == null ? null : PersonaUsuaria.huellaCurp(Curp.de(criterios.curp()), cifrado),
                texto(criterios.nombre()), texto(criterios.texto()), criterios.recepcionDesde(), criterios.recepcionHasta(),
                criterios.conclusionDesde(), criterios.conclusionHasta(),
                criterios.estado() == null ? null : criterios.estado().name(),
                criterios.tipo() == null ? null : criterios.tipo().name(),
                criterios.medio() == null ? null : criterios.medio().name(), criterios.ooadId(), criterios.umaeId(),
                criterios.instanciaId(), criterios.areaDacId(), areaLector,
                politica.lectorDeReservados(actor),
                !PoliticaAcceso.confidencialidadPermiteRestringido(actor), orden, inicio, tamano);
        if (actor.tiene(mx.gob.imss.siade.seguridad.Rol.JURIDICO)) {
            auditoria.registrar(actor, mx.gob.imss.siade.auditoria.AccionAuditada.BUSQUEDA, null, null, criterios(criterios));
        }
        ResultadosIndice r = indice.buscar(consulta);
        boolean completos = PoliticaAcceso.veDatosPersonales(actor.roles());
        Query delTexto = consulta.texto() == null ? null : IndiceLucene.construir(new ConsultaIndice(null, null, null,
                null, consulta.texto(), null, null, null, null, null, null, null, null, null, null, null, null, null, false, null,
                0, 1),
                AnalisisEspanol.porCampo());
        UnifiedHighlighter resaltador = delTexto == null ? null
                : UnifiedHighlighter.builderWithoutSearcher(AnalisisEspanol.porCampo())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true)).build();
        // The page is read in a fixed number of queries, whatever its size: the cases, then (searching text)
        // their texts and the recognised text of their scans.
        List<Peticion> pagina = peticiones(r.aciertos().stream().map(ResultadosIndice.Acierto::peticionId).toList());
        Map<Long, String> textos = delTexto == null ? Map.of() : lector.textos(pagina);
        Map<Long, List<mx.gob.imss.siade.ocr.PaginaOcr>> escaneos = delTexto == null ? Map.of()
                : lector.paginasDigitalizadas(pagina);
        List<ResultadoBusqueda.Fila> filas = new ArrayList<>();
        for (Peticion p : pagina) {
            filas.add(fila(p, completos, delTexto, resaltador, textos.getOrDefault(p.getId(), ""),
                    escaneos.getOrDefault(p.getId(), List.of())));
        }
        return new ResultadoBusqueda(r.total(), filas, facetas(r.facetas()));
    }

    /** The cases of a page of hits, in the hits' order (one query). */
    private List<Peticion> peticiones(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Peticion> porId = new java.util.HashMap<>();
        for (Peticion p : em.createQuery("SELECT p FROM Peticion p JOIN FETCH p.personaUsuaria JOIN FETCH p.areaDac"
                + " LEFT JOIN FETCH p.ooad LEFT JOIN FETCH p.umae WHERE p.id IN :ids", Peticion.class)
                .setParameter("ids", ids).getResultList()) {
            porId.put(p.getId(), p);
        }
        return ids.stream().map(porId::get).filter(java.util.Objects::nonNull).toList();
    }

    private ResultadoBusqueda.Fila fila(Peticion p, boolean completos, Query delTexto, UnifiedHighlighter resaltador,
                                        String texto, List<mx.gob.imss.siade.ocr.PaginaOcr> escaneos) {
        Enmascarador mascara = completos ? Enmascarador.NINGUNO
                : Enmascarador.de(p.getPersonaUsuaria().datosPersonales(cifrado));
        String fragmento = null;
        if (delTexto != null) {
            try {
                Object resaltado = resaltador.highlightWithoutSearcher(AnalisisEspanol.TEXTO, delTexto,
                        mascara.aplicar(texto), 2);
                fragmento = resaltado == null ? null : resaltado.toString();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        ResultadoBusqueda.EnDocumento enDocumento = delTexto == null ? null
                : enDocumento(escaneos, completos, delTexto, resaltador);
        if (enDocumento != null && (fragmento == null || !fragmento.contains("<mark>"))) {
            fragmento = enDocumento.fragmento(); // the words are only in a scan: its fragment, or none
        }
        String ubicacion = p.getOoad() != null ? p.getOoad().getNombre() : p.getUmae() != null ? p.getUmae().getNombre() : "";
        return new ResultadoBusqueda.Fila(p.getFolio(), p.getFechaRecepcion(), Textos.etiqueta(p.getEstado()),
                p.getTipo() == null ? Textos.de("consulta.sinClasificar") : Textos.etiqueta(p.getTipo()),
                p.getAreaDac().getNombre(), ubicacion, p.getPersonaUsuaria().getNombre(), mascara.aplicar(p.getAsunto()),
                fragmento, enDocumento);
    }

    /**
     * The first page of the case's scans whose recognised text matches the words; its fragment only for
     * readers who see personal data (a scan's cannot be masked: the others see the page, not the words
     * around).
     */
    private ResultadoBusqueda.EnDocumento enDocumento(List<mx.gob.imss.siade.ocr.PaginaOcr> escaneos, boolean completos,
                                                     Query delTexto, UnifiedHighlighter resaltador) {
        for (mx.gob.imss.siade.ocr.PaginaOcr pagina : escaneos) {
            try {
                Object resaltado = resaltador.highlightWithoutSearcher(AnalisisEspanol.TEXTO, delTexto, pagina.texto(), 2);
                if (resaltado != null && resaltado.toString().contains("<mark>")) {
                    return new ResultadoBusqueda.EnDocumento(pagina.documentoId(), pagina.nombreArchivo(),
                            pagina.numero() + 1, completos ? resaltado.toString() : null);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return null;
    }

    private Map<String, List<ResultadoBusqueda.Faceta>> facetas(Map<String, Map<String, Long>> cuentas) {
        Map<String, List<ResultadoBusqueda.Faceta>> facetas = new LinkedHashMap<>();
        cuentas.forEach((dimension, valores) -> {
            List<ResultadoBusqueda.Faceta> lista = new ArrayList<>();
            valores.forEach((valor, cuenta) -> lista.add(new ResultadoBusqueda.Faceta(etiqueta(dimension, valor), valor,
                    cuenta)));
            facetas.put(dimension, lista);
        });
        return facetas;
    }

    private String etiqueta(String dimension, String valor) {
        return switch (dimension) {
            case "ooad" -> valor.startsWith("O:") ? nombre(mx.gob.imss.siade.catalogos.Ooad.class, valor)
                    : valor.startsWith("U:") ? nombre(mx.gob.imss.siade.catalogos.Umae.class, valor)
                    : Textos.de("busqueda.sinUbicacion");
            case "estado" -> Textos.etiqueta(EstadoPeticion.valueOf(valor));
            case "tipo" -> "SIN_CLASIFICAR".equals(valor) ? Textos.de("consulta.sinClasificar")
                    : Textos.etiqueta(TipoPeticion.valueOf(valor));
            default -> valor;
        };
    }

    private String nombre(Class<?> catalogo, String valor) {
        Object o = em.find(catalogo, Long.valueOf(valor.substring(2)));
        return o instanceof mx.gob.imss.siade.catalogos.Ooad ooad ? ooad.getNombre()
                : o instanceof mx.gob.imss.siade.catalogos.Umae umae ? umae.getNombre() : valor;
    }

    /** The criteria of a search as the audit keeps them: NSS and CURP masked, never the results. */
    private static String criterios(CriteriosBusqueda c) {
        java.util.StringJoiner t = new java.util.StringJoiner("; ");
        java.util.function.BiConsumer<String, Object> poner = (k, v) -> {
            if (v != null && !(v instanceof String s && s.isBlank())) {
                t.add(k + ": " + v);
            }
        };
        poner.accept("folio", c.folio());
        poner.accept("NSS", texto(c.nss()) == null ? null : Nss.de(c.nss()).enmascarado());
        poner.accept("CURP", texto(c.curp()) == null ? null : Curp.de(c.curp()).enmascarada());
        poner.accept("nombre", c.nombre());
        poner.accept("texto", c.texto());
        poner.accept("recepción", c.recepcionDesde() == null && c.recepcionHasta() == null ? null
                : c.recepcionDesde() + " a " + c.recepcionHasta());
        poner.accept("conclusión", c.conclusionDesde() == null && c.conclusionHasta() == null ? null
                : c.conclusionDesde() + " a " + c.conclusionHasta());
        poner.accept("estado", c.estado());
        poner.accept("tipo", c.tipo());
        poner.accept("medio", c.medio());
        poner.accept("OOAD", c.ooadId());
        poner.accept("UMAE", c.umaeId());
        poner.accept("instancia", c.instanciaId());
        poner.accept("área", c.areaDacId());
        return t.length() == 0 ? "(sin criterios)" : t.toString();
    }

    private static String texto(String valor) {
        return valor == null || valor.isBlank() ? null : valor.trim();
    }
}
