package mx.gob.imss.siade.busqueda;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;
import org.apache.lucene.analysis.Analyzer;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.json.jsonb.JsonbJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;
import org.opensearch.client.opensearch._types.mapping.Property;
import org.opensearch.client.opensearch._types.query_dsl.BoolQuery;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * The index on an OpenSearch cluster ({@code siade.indice.tipo=opensearch}), for production and for more
 * than one server: the same contract and the same results as {@link IndiceLucene}. The Spanish analysis
 * runs here, in the application ({@link AnalisisEspanol}), for what is indexed and for what is searched:
 * the cluster gets the terms already cut and splits them at spaces, so both sides always agree and the
 * cluster needs no plugin. Name and text are indexed but left out of the stored source ({@code _source}
 * excludes them), NSS and CURP travel as fingerprints. Writes wait for the refresh, so a change is
 * searchable when the call returns (like the embedded index's commit).
 */
@ApplicationScoped
@Typed(IndiceOpenSearch.class)
public class IndiceOpenSearch implements IndiceBusqueda {

    private static final Logger LOG = Logger.getLogger(IndiceOpenSearch.class.getName());
    private static final Map<String, String> CAMPO_FACETA = Map.of("estado", "estado", "tipo", "tipoFaceta",
            "ooad", "ubicacion", "anio", "anio");

    private final Analyzer analizador = AnalisisEspanol.porCampo();
    private OpenSearchClient cliente;
    private org.opensearch.client.transport.OpenSearchTransport transporte;
    private String nombreIndice;

    /** For CDI. */
    protected IndiceOpenSearch() {
    }

    /**
     * @param urls      the cluster's nodes, e.g. {@code https://os1:9200,https://os2:9200}
     * @param indice    the index name
     * @param usuario   null without authentication
     */
    public IndiceOpenSearch(String urls, String indice, String usuario, String contrasena) {
        conectar(urls, indice, usuario, contrasena);
    }

    /** Connects with the settings ({@code siade.indice.opensearch.*}) and makes the index if it is missing. */
    @jakarta.annotation.PostConstruct
    void conectarConfigurado() {
        var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        conectar(config.getOptionalValue("siade.indice.opensearch.url", String.class).orElse("http://localhost:9200"),
                config.getOptionalValue("siade.indice.opensearch.indice", String.class).orElse("siade-peticiones"),
                config.getOptionalValue("siade.indice.opensearch.usuario", String.class).orElse(null),
                config.getOptionalValue("siade.indice.opensearch.contrasena", String.class).orElse(null));
    }

    private void conectar(String urls, String indice, String usuario, String contrasena) {
        List<HttpHost> nodos = new ArrayList<>();
        for (String url : urls.split(",")) {
            URI u = URI.create(url.trim());
            nodos.add(new HttpHost(u.getScheme(), u.getHost(), u.getPort() > 0 ? u.getPort() : 9200));
        }
        ApacheHttpClient5TransportBuilder constructor = ApacheHttpClient5TransportBuilder.builder(nodos.toArray(HttpHost[]::new))
                .setMapper(new JsonbJsonpMapper());
        if (usuario != null && !usuario.isBlank()) {
            BasicCredentialsProvider credenciales = new BasicCredentialsProvider();
            for (HttpHost h : nodos) {
                credenciales.setCredentials(new AuthScope(h), new UsernamePasswordCredentials(usuario,
                        contrasena == null ? new char[0] : contrasena.toCharArray()));
            }
            constructor.setHttpClientConfigCallback(c -> c.setDefaultCredentialsProvider(credenciales));
        }
        transporte = constructor.build();
        cliente = new OpenSearchClient(transporte);
        nombreIndice = indice;
        crearSiFalta();
        LOG.info(() -> "Índice de búsqueda en OpenSearch " + urls + ", índice " + nombreIndice);
    }

    @PreDestroy
    void cerrar() {
        try {
            if (transporte != null) {
                transporte.close();
            }
        } catch (IOException e) {
            LOG.warning(() -> "Al cerrar la conexión con OpenSearch: " + e);
        }
    }

    private OpenSearchClient cliente() {
        return cliente;
    }

    private void crearSiFalta() {
        try {
            if (cliente.indices().exists(e -> e.index(nombreIndice)).value()) {
                return;
            }
            Map<String, Property> campos = new LinkedHashMap<>();
            for (String c : List.of("id", "folio", "nss", "curp", "estado", "tipo", "medio", "ooad", "umae", "area",
                    "instancia", "lector", "confidencialidad", "autorizado", "tipoFaceta", "ubicacion", "anio")) {
                campos.put(c, Property.of(p -> p.keyword(k -> k)));
            }
            campos.put(AnalisisEspanol.NOMBRE, Property.of(p -> p.text(t -> t.analyzer("whitespace"))));
            campos.put(AnalisisEspanol.TEXTO, Property.of(p -> p.text(t -> t.analyzer("whitespace"))));
            campos.put("recepcion", Property.of(p -> p.long_(l -> l)));
            campos.put("conclusion", Property.of(p -> p.long_(l -> l)));
            campos.put("peticionId", Property.of(p -> p.long_(l -> l)));
            cliente.indices().create(c -> c.index(nombreIndice)
                    .mappings(m -> m.properties(campos).source(s -> s.excludes(AnalisisEspanol.NOMBRE, AnalisisEspanol.TEXTO))));
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo preparar el índice " + nombreIndice + " en OpenSearch", e);
        }
    }

    @Override
    public void indexar(List<DocumentoBusqueda> documentos) {
        if (documentos.isEmpty()) {
            return;
        }
        List<BulkOperation> operaciones = new ArrayList<>();
        for (DocumentoBusqueda d : documentos) {
            Map<String, Object> doc = documento(d);
            operaciones.add(BulkOperation.of(o -> o.index(i -> i.index(nombreIndice).id(String.valueOf(d.peticionId()))
                    .document(doc))));
        }
        try {
            var r = cliente().bulk(BulkRequest.of(b -> b.operations(operaciones).refresh(Refresh.WaitFor)));
            if (r.errors()) {
                throw new IllegalStateException("OpenSearch rechazó documentos: " + r.items().stream()
                        .filter(i -> i.error() != null).map(i -> i.id() + ": " + i.error().reason()).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo escribir en el índice de búsqueda (OpenSearch)", e);
        }
    }

    Map<String, Object> documento(DocumentoBusqueda d) {
        Map<String, Object> doc = new HashMap<>();
        doc.put("id", String.valueOf(d.peticionId()));
        doc.put("peticionId", d.peticionId());
        doc.put("folio", d.folio());
        poner(doc, "nss", d.huellaNss());
        poner(doc, "curp", d.huellaCurp());
        doc.put(AnalisisEspanol.NOMBRE, String.join(" ", IndiceLucene.terminos(analizador, AnalisisEspanol.NOMBRE,
                d.nombre())));
        doc.put(AnalisisEspanol.TEXTO, String.join(" ", IndiceLucene.terminos(analizador, AnalisisEspanol.TEXTO,
                d.texto())));
        doc.put("recepcion", d.recepcion().toEpochDay());
        if (d.conclusion() != null) {
            doc.put("conclusion", d.conclusion().toEpochDay());
        }
        poner(doc, "estado", d.estado());
        poner(doc, "tipo", d.tipo());
        poner(doc, "medio", d.medio());
        poner(doc, "ooad", d.ooadId() == null ? null : String.valueOf(d.ooadId()));
        poner(doc, "umae", d.umaeId() == null ? null : String.valueOf(d.umaeId()));
        doc.put("area", String.valueOf(d.areaDacId()));
        doc.put("instancia", d.instancias().stream().map(String::valueOf).toList());
        doc.put("lector", d.areasQueLoLeen().stream().map(String::valueOf).toList());
        poner(doc, "confidencialidad", d.confidencialidad());
        doc.put("autorizado", d.autorizados().stream().map(String::valueOf).toList());
        doc.put("tipoFaceta", d.tipo() == null ? "SIN_CLASIFICAR" : d.tipo());
        doc.put("ubicacion", d.ooadId() != null ? "O:" + d.ooadId() : d.umaeId() != null ? "U:" + d.umaeId() : "-");
        doc.put("anio", String.valueOf(d.recepcion().getYear()));
        return doc;
    }

    private static void poner(Map<String, Object> doc, String campo, String valor) {
        if (valor != null) {
            doc.put(campo, valor);
        }
    }

    @Override
    public void borrar(long peticionId) {
        try {
            cliente().delete(d -> d.index(nombreIndice).id(String.valueOf(peticionId)).refresh(Refresh.WaitFor));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.opensearch.client.opensearch._types.OpenSearchException e) {
            if (e.status() != 404) {
                throw e;
            }
        }
    }

    /** Drops the index and makes it again, empty (faster than deleting every document; needs no plugin). */
    @Override
    public void vaciar() {
        try {
            cliente().indices().delete(d -> d.index(nombreIndice));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        crearSiFalta();
    }

    @Override
    public long documentos() {
        try {
            return cliente().count(c -> c.index(nombreIndice)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ResultadosIndice buscar(ConsultaIndice c) {
        Query consulta = construir(c);
        Map<String, Aggregation> agregaciones = new LinkedHashMap<>();
        FACETAS.forEach(f -> agregaciones.put(f, Aggregation.of(a -> a.terms(t -> t.field(CAMPO_FACETA.get(f)).size(50)))));
        OrdenBusqueda orden = c.orden() == null ? OrdenBusqueda.RELEVANCIA : c.orden();
        try {
            SearchResponse<Map> r = cliente().search(s -> {
                s.index(nombreIndice).query(consulta).from(c.primero()).size(c.cuantos()).trackTotalHits(t -> t.enabled(true))
                        .source(f -> f.filter(x -> x.includes("peticionId", "folio"))).aggregations(agregaciones);
                if (orden != OrdenBusqueda.RELEVANCIA) {
                    s.sort(SortOptions.of(o -> o.field(f -> f.field("recepcion")
                            .order(orden == OrdenBusqueda.RECIENTES ? SortOrder.Desc : SortOrder.Asc))));
                }
                return s;
            }, Map.class);
            List<ResultadosIndice.Acierto> aciertos = new ArrayList<>();
            for (Hit<Map> h : r.hits().hits()) {
                Map<?, ?> fuente = h.source();
                aciertos.add(new ResultadosIndice.Acierto(((Number) fuente.get("peticionId")).longValue(),
                        (String) fuente.get("folio"), h.score() == null ? 0 : h.score().floatValue()));
            }
            Map<String, Map<String, Long>> facetas = new LinkedHashMap<>();
            for (String f : FACETAS) {
                Map<String, Long> valores = new LinkedHashMap<>();
                Aggregate a = r.aggregations().get(f);
                if (a != null && a.isSterms()) {
                    for (StringTermsBucket b : a.sterms().buckets().array()) {
                        valores.put(b.key(), b.docCount());
                    }
                }
                facetas.put(f, valores);
            }
            return new ResultadosIndice(r.hits().total() == null ? aciertos.size() : r.hits().total().value(), aciertos,
                    facetas);
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo consultar el índice de búsqueda (OpenSearch)", e);
        }
    }

    /** The same clauses as {@link IndiceLucene#construir} ({@link ClausulasConsulta}), in OpenSearch's query DSL. */
    Query construir(ConsultaIndice c) {
        BoolQuery.Builder q = new BoolQuery.Builder();
        ClausulasConsulta.recorrer(c, analizador, new ClausulasConsulta() {
            @Override
            public void exacto(String campo, String valor) {
                q.filter(IndiceOpenSearch.termino(campo, valor));
            }

            @Override
            public void rango(String campo, Long desde, Long hasta) {
                q.filter(Query.of(m -> m.range(r -> {
                    r.field(campo);
                    if (desde != null) {
                        r.gte(JsonData.of(desde));
                    }
                    if (hasta != null) {
                        r.lte(JsonData.of(hasta));
                    }
                    return r;
                })));
            }

            @Override
            public void prefijo(String campo, String palabra) {
                q.must(Query.of(m -> m.prefix(p -> p.field(campo).value(palabra))));
            }

            @Override
            public void termino(String campo, String palabra) {
                q.must(IndiceOpenSearch.termino(campo, palabra));
            }

            @Override
            public void todos() {
                q.must(Query.of(m -> m.matchAll(a -> a)));
            }

            @Override
            public void leidoPor(String area) {
                q.filter(IndiceOpenSearch.termino("lector", area));
            }

            @Override
            public void reservadosDe(String usuario) {
                Query noReservado = Query.of(m -> m.bool(b -> b.mustNot(IndiceOpenSearch.termino("confidencialidad",
                        "RESERVADO"))));
                q.filter(Query.of(m -> m.bool(b -> b.should(noReservado)
                        .should(IndiceOpenSearch.termino("autorizado", usuario)).minimumShouldMatch("1"))));
            }

            @Override
            public void sinRestringidos() {
                q.mustNot(IndiceOpenSearch.termino("confidencialidad", "RESTRINGIDO"));
            }
        });
        return Query.of(m -> m.bool(q.build()));
    }

    private static Query termino(String campo, String valor) {
        return Query.of(m -> m.term(t -> t.field(campo).value(FieldValue.of(valor))));
    }
}
