package mx.gob.imss.siade.busqueda;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * The embedded index: Lucene in the data folder ({@code siade.indice.dir}, else beside the server
 * instance). One writer per server; searches share a {@link SearcherManager} refreshed after every
 * commit. Only the folio and the id are stored; NSS/CURP are fingerprints; name and text are indexed
 * but not stored. An embedded index belongs to one server: a cluster uses a search cluster instead.
 */
@ApplicationScoped
@jakarta.enterprise.inject.Typed(IndiceLucene.class)
public class IndiceLucene implements IndiceBusqueda {

    private static final Logger LOG = Logger.getLogger(IndiceLucene.class.getName());

    private final FacetsConfig facetas = new FacetsConfig();
    private final Analyzer analizador = AnalisisEspanol.porCampo();
    private FSDirectory directorio;
    private IndexWriter escritor;
    private SearcherManager buscadores;
    private volatile SortedSetDocValuesReaderState estadoFacetas;
    private volatile IndexReader lectorDeFacetas;

    @PostConstruct
    void abrir() {
        try {
            Path carpeta = carpeta();
            Files.createDirectories(carpeta);
            directorio = FSDirectory.open(carpeta);
            escritor = new IndexWriter(directorio, new IndexWriterConfig(analizador)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            escritor.commit();
            buscadores = new SearcherManager(escritor, null);
            LOG.info(() -> "Índice de búsqueda en " + carpeta + " (" + documentos() + " documentos)");
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo abrir el índice de búsqueda", e);
        }
    }

    @PreDestroy
    void cerrar() {
        try {
            buscadores.close();
            escritor.close();
            directorio.close();
        } catch (IOException e) {
            LOG.warning(() -> "Al cerrar el índice: " + e);
        }
    }

    /** {@code siade.indice.dir}, else {@code indice} beside the server instance. */
    static Path carpeta() {
        String configurada = System.getProperty("siade.indice.dir");
        if (configurada != null && !configurada.isBlank()) {
            return Path.of(configurada);
        }
        String instancia = System.getProperty("com.sun.aas.instanceRoot");
        return Path.of(instancia != null ? instancia : System.getProperty("java.io.tmpdir"), "indice-siade");
    }

    @Override
    public synchronized void indexar(List<DocumentoBusqueda> documentos) {
        try {
            for (DocumentoBusqueda d : documentos) {
                escritor.updateDocument(new Term("id", String.valueOf(d.peticionId())), facetas.build(documento(d)));
            }
            escritor.commit();
            buscadores.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo escribir en el índice de búsqueda", e);
        }
    }

    @Override
    public synchronized void borrar(long peticionId) {
        try {
            escritor.deleteDocuments(new Term("id", String.valueOf(peticionId)));
            escritor.commit();
            buscadores.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void vaciar() {
        try {
            escritor.deleteAll();
            escritor.commit();
            buscadores.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long documentos() {
        try {
            IndexSearcher s = buscadores.acquire();
            try {
                return s.getIndexReader().numDocs();
            } finally {
                buscadores.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document documento(DocumentoBusqueda d) {
        Document doc = new Document();
        doc.add(new StringField("id", String.valueOf(d.peticionId()), Field.Store.YES));
        doc.add(new StringField("folio", d.folio(), Field.Store.YES));
        if (d.huellaNss() != null) {
            doc.add(new StringField("nss", d.huellaNss(), Field.Store.NO));
        }
        if (d.huellaCurp() != null) {
            doc.add(new StringField("curp", d.huellaCurp(), Field.Store.NO));
        }
        doc.add(new TextField(AnalisisEspanol.NOMBRE, d.nombre(), Field.Store.NO));
        doc.add(new TextField(AnalisisEspanol.TEXTO, d.texto(), Field.Store.NO));
        doc.add(new LongPoint("recepcion", d.recepcion().toEpochDay()));
        doc.add(new NumericDocValuesField("recepcionOrden", d.recepcion().toEpochDay()));
        if (d.conclusion() != null) {
            doc.add(new LongPoint("conclusion", d.conclusion().toEpochDay()));
        }
        termino(doc, "estado", d.estado());
        termino(doc, "tipo", d.tipo());
        termino(doc, "medio", d.medio());
        termino(doc, "ooad", d.ooadId() == null ? null : String.valueOf(d.ooadId()));
        termino(doc, "umae", d.umaeId() == null ? null : String.valueOf(d.umaeId()));
        termino(doc, "area", String.valueOf(d.areaDacId()));
        d.instancias().forEach(i -> termino(doc, "instancia", String.valueOf(i)));
        d.areasQueLoLeen().forEach(a -> termino(doc, "lector", String.valueOf(a)));
        termino(doc, "confidencialidad", d.confidencialidad());
        d.autorizados().forEach(u -> termino(doc, "autorizado", String.valueOf(u)));
        doc.add(new SortedSetDocValuesFacetField("estado", d.estado()));
        doc.add(new SortedSetDocValuesFacetField("tipo", d.tipo() == null ? "SIN_CLASIFICAR" : d.tipo()));
        // OOAD or UMAE by id ("O:15", "U:3"), so a click on the facet filters by it; the service names it.
        String ubicacion = d.ooadId() != null ? "O:" + d.ooadId() : d.umaeId() != null ? "U:" + d.umaeId() : "-";
        doc.add(new SortedSetDocValuesFacetField("ooad", ubicacion));
        doc.add(new SortedSetDocValuesFacetField("anio", String.valueOf(d.recepcion().getYear())));
        doc.add(new StoredField("peticionId", d.peticionId()));
        return doc;
    }

    private static void termino(Document doc, String campo, String valor) {
        if (valor != null) {
            doc.add(new StringField(campo, valor, Field.Store.NO));
        }
    }

    @Override
    public ResultadosIndice buscar(ConsultaIndice c) {
        Query consulta = construir(c, analizador);
        try {
            IndexSearcher s = buscadores.acquire();
            try {
                FacetsCollector colector = new FacetsCollector();
                int hasta = Math.max(1, c.primero() + c.cuantos());
                TopDocs top = switch (c.orden() == null ? OrdenBusqueda.RELEVANCIA : c.orden()) {
                    case RELEVANCIA -> FacetsCollector.search(s, consulta, hasta, colector);
                    case RECIENTES -> FacetsCollector.search(s, consulta, hasta,
                            new Sort(new SortField("recepcionOrden", SortField.Type.LONG, true)), colector);
                    case ANTIGUAS -> FacetsCollector.search(s, consulta, hasta,
                            new Sort(new SortField("recepcionOrden", SortField.Type.LONG, false)), colector);
                };
                List<ResultadosIndice.Acierto> aciertos = new ArrayList<>();
                ScoreDoc[] docs = top.scoreDocs;
                for (int i = c.primero(); i < docs.length; i++) {
                    Document d = s.storedFields().document(docs[i].doc);
                    aciertos.add(new ResultadosIndice.Acierto(d.getField("peticionId").numericValue().longValue(),
                            d.get("folio"), Float.isNaN(docs[i].score) ? 0 : docs[i].score));
                }
                return new ResultadosIndice(top.totalHits.value, aciertos, facetas(s.getIndexReader(), colector));
            } finally {
                buscadores.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo consultar el índice de búsqueda", e);
        }
    }

    private Map<String, Map<String, Long>> facetas(IndexReader lector, FacetsCollector colector) throws IOException {
        Map<String, Map<String, Long>> cuentas = new LinkedHashMap<>();
        if (colector.getMatchingDocs().stream().allMatch(m -> m.totalHits == 0)) {
            FACETAS.forEach(f -> cuentas.put(f, Map.of()));
            return cuentas;
        }
        Facets conteo = new SortedSetDocValuesFacetCounts(estadoFacetas(lector), colector);
        for (String dimension : FACETAS) {
            Map<String, Long> valores = new LinkedHashMap<>();
            try {
                FacetResult r = conteo.getTopChildren(50, dimension);
                if (r != null) {
                    for (LabelAndValue lv : r.labelValues) {
                        valores.put(lv.label, lv.value.longValue());
                    }
                }
            } catch (IllegalArgumentException sinValores) {
                // the dimension has no value in this index yet
            }
            cuentas.put(dimension, valores);
        }
        return cuentas;
    }

    /** The facet state of a reader is costly to build: kept while the searcher's reader is the same. */
    private SortedSetDocValuesReaderState estadoFacetas(IndexReader lector) throws IOException {
        if (lectorDeFacetas != lector) {
            synchronized (this) {
                if (lectorDeFacetas != lector) {
                    estadoFacetas = new DefaultSortedSetDocValuesReaderState(lector, facetas);
                    lectorDeFacetas = lector;
                }
            }
        }
        return estadoFacetas;
    }

    /** The Lucene query of a search: every criterion given is a required clause ({@link ClausulasConsulta}). */
    static Query construir(ConsultaIndice c, Analyzer analizador) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        ClausulasConsulta.recorrer(c, analizador, new ClausulasConsulta() {
            @Override
            public void exacto(String campo, String valor) {
                q.add(new TermQuery(new Term(campo, valor)), Occur.FILTER);
            }

            @Override
            public void rango(String campo, Long desde, Long hasta) {
                q.add(LongPoint.newRangeQuery(campo, desde == null ? Long.MIN_VALUE : desde,
                        hasta == null ? Long.MAX_VALUE : hasta), Occur.FILTER);
            }

            @Override
            public void prefijo(String campo, String termino) {
                q.add(new PrefixQuery(new Term(campo, termino)), Occur.MUST);
            }

            @Override
            public void termino(String campo, String termino) {
                q.add(new TermQuery(new Term(campo, termino)), Occur.MUST);
            }

            @Override
            public void todos() {
                q.add(new MatchAllDocsQuery(), Occur.MUST);
            }

            @Override
            public void leidoPor(String area) {
                q.add(new TermQuery(new Term("lector", area)), Occur.FILTER);
            }

            @Override
            public void reservadosDe(String usuario) {
                // Not reservado, or reservado with this user named on it.
                Query noReservado = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
                        .add(new TermQuery(new Term("confidencialidad", "RESERVADO")), Occur.MUST_NOT).build();
                q.add(new BooleanQuery.Builder().add(noReservado, Occur.SHOULD)
                        .add(new TermQuery(new Term("autorizado", usuario)), Occur.SHOULD)
                        .setMinimumNumberShouldMatch(1).build(), Occur.FILTER);
            }

            @Override
            public void sinRestringidos() {
                q.add(new TermQuery(new Term("confidencialidad", "RESTRINGIDO")), Occur.MUST_NOT);
            }
        });
        return q.build();
    }

    /** The terms the analyzer makes of {@code texto} for {@code campo}. */
    static List<String> terminos(Analyzer analizador, String campo, String texto) {
        List<String> terminos = new ArrayList<>();
        try (TokenStream ts = analizador.tokenStream(campo, texto)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terminos.add(t.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terminos;
    }
}
