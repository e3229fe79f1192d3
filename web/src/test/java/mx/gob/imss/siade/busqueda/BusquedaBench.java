package mx.gob.imss.siade.busqueda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javax.sql.DataSource;
import mx.gob.imss.siade.personas.Nss;
import mx.gob.imss.siade.personas.PersonaUsuaria;
import mx.gob.imss.siade.peticion.Folio;
import mx.gob.imss.siade.pruebas.ComoJuridico;
import mx.gob.imss.siade.pruebas.Despliegue;
import mx.gob.imss.siade.seguridad.CifradoDatosPersonales;
import org.apache.commons.validator.routines.checkdigit.LuhnCheckDigit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark of the search with 1,000,000 petitions in the database and in the embedded index: p50/p95 of
 * folio, NSS, name and full-text queries through {@link BusquedaService} (as Jurídico: criteria checked,
 * fingerprints, the audit entry of every Jurídico search, facets, the page read from the database with
 * its masking and highlighted fragments) beside the index alone (the same query with its facet counts, no
 * database) and plain Lucene (an {@link IndexSearcher} on the same index folder, top 20, no facets). Run by {@code bench/busqueda.sh}, never by
 * the test suite.
 */
@ExtendWith(ArquillianExtension.class)
class BusquedaBench {

    private static final int PETICIONES = Integer.getInteger("bench.peticiones", 1_000_000);
    private static final int PERSONAS = PETICIONES / 5;
    private static final int CALENTAMIENTO = 300;
    private static final int MEDICIONES = 1_000;
    private static final String[] NOMBRES = {"María", "José", "Juan", "Guadalupe", "Francisco", "Martín", "Ramón",
        "Sofía", "Lucía", "Ángel", "Jesús", "Mónica", "Verónica", "Raúl", "Andrés", "Inés", "Óscar", "Begoña"};
    private static final String[] APELLIDOS = {"Hernández", "García", "Martínez", "López", "González", "Pérez",
        "Rodríguez", "Sánchez", "Ramírez", "Cruz", "Gómez", "Núñez", "Peña", "Muñoz", "Ibáñez", "Ordóñez", "Díaz",
        "Vázquez", "Jiménez", "Álvarez", "Domínguez", "Castañeda", "Zúñiga", "Yáñez"};
    private static final String[] PALABRAS = ("pensión viudez incapacidad pago retraso clínica consulta medicamento "
            + "receta surtimiento cita especialista urgencias hospital cirugía derechohabiente afiliación alta baja "
            + "patrón cuotas guardería subsidio maternidad invalidez orfandad ascendencia aguinaldo finiquito "
            + "expediente trámite solicitud queja trato médico enfermera farmacia laboratorio análisis radiografía "
            + "lentes prótesis silla ruedas traslado ambulancia reembolso gastos comprobante constancia semanas "
            + "cotizadas jubilación retiro ahorro vivienda préstamo crédito unidad familiar delegación ventanilla "
            + "atención respuesta demora negativa documentación identificación comprobante domicilio acta nacimiento "
            + "matrimonio defunción beneficiarios hijos esposa concubina padres").split(" ");

    @Deployment
    static WebArchive despliegue() {
        return Despliegue.conEjecutoresDeRol();
    }

    @Resource(lookup = "jdbc/siade")
    private DataSource ds;

    @EJB
    private BusquedaService busqueda;

    @EJB
    private ComoJuridico comoJuridico;

    @Inject
    private IndiceBusqueda indice;

    @Inject
    private CifradoDatosPersonales cifrado;

    private final List<String> folios = new ArrayList<>();
    private final List<String> nss = new ArrayList<>();

    @Test
    void medir() throws Exception {
        long inicio = System.nanoTime();
        sembrar();
        String siembra = String.format(Locale.ROOT, "%,d peticiones (%,d personas) sembradas en la base y en el índice en %.0f s",
                PETICIONES, PERSONAS, (System.nanoTime() - inicio) / 1e9);
        System.out.println(siembra);
        assertTrue(indice.documentos() >= PETICIONES);

        Random azar = new Random(11);
        List<String> filas = new ArrayList<>();
        try (FSDirectory dir = FSDirectory.open(IndiceLucene.carpeta()); DirectoryReader lector = DirectoryReader.open(dir)) {
            IndexSearcher lucene = new IndexSearcher(lector);
            filas.add(fila("Folio (con dígito verificador)", () -> criterios(folios.get(azar.nextInt(folios.size())),
                    null, null, null), azar, lucene));
            filas.add(fila("NSS (huella)", () -> criterios(null, nss.get(azar.nextInt(nss.size())), null, null), azar, lucene));
            filas.add(fila("Nombre sin acentos, en otro orden y parcial", () -> criterios(null, null,
                    sinAcentos(APELLIDOS[azar.nextInt(APELLIDOS.length)]) + " "
                            + sinAcentos(NOMBRES[azar.nextInt(NOMBRES.length)]).substring(0, 3), null), azar, lucene));
            filas.add(fila("Texto libre (dos palabras)", () -> criterios(null, null, null,
                    PALABRAS[azar.nextInt(PALABRAS.length)] + " " + PALABRAS[azar.nextInt(PALABRAS.length)]), azar, lucene));
        }
        StringBuilder md = new StringBuilder();
        md.append("Búsqueda con ").append(siembra).append(" (Lucene embebido en disco y H2 en modo Oracle dentro de ")
                .append("Payara Micro, ").append(Runtime.getRuntime().availableProcessors()).append(" núcleos; ")
                .append(CALENTAMIENTO).append(" llamadas de calentamiento y ").append(MEDICIONES)
                .append(" medidas por consulta; página de 20).\n\n")
                .append("| consulta | servicio p50 ms | servicio p95 ms | índice con facetas p50 ms | índice con facetas p95 ms"
                        + " | Lucene p50 ms | Lucene p95 ms | resultados (mediana) |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        filas.forEach(f -> md.append(f).append('\n'));
        System.out.println(md);
        Files.writeString(Path.of(System.getProperty("bench.salida", "target/bench-busqueda.md")), md);
    }

    private static CriteriosBusqueda criterios(String folio, String nss, String nombre, String texto) {
        return new CriteriosBusqueda(folio, nss, null, nombre, texto, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    private String fila(String nombre, Supplier<CriteriosBusqueda> criterios, Random azar, IndexSearcher lucene)
            throws Exception {
        long[] resultados = new long[MEDICIONES];
        int[] i = {0};
        double[] servicio = medir(() -> {
            ResultadoBusqueda r = comoJuridico.ejecutar(() -> busqueda.buscar(criterios.get(), 0, 20, OrdenBusqueda.RELEVANCIA));
            resultados[i[0]++ % MEDICIONES] = r.total();
            return r;
        });
        double[] conFacetas = medir(() -> indice.buscar(consulta(criterios.get())));
        double[] plano = medir(() -> lucene.search(IndiceLucene.construir(consulta(criterios.get()),
                AnalisisEspanol.porCampo()), 20));
        Arrays.sort(resultados);
        return String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %,d |", nombre, servicio[0],
                servicio[1], conFacetas[0], conFacetas[1], plano[0], plano[1], resultados[MEDICIONES / 2]);
    }

    private ConsultaIndice consulta(CriteriosBusqueda c) {
        return new ConsultaIndice(c.folio() == null ? null : Folio.de(c.folio()).toString(),
                c.nss() == null ? null : PersonaUsuaria.huellaNss(Nss.de(c.nss()), cifrado), null, c.nombre(), c.texto(),
                null, null, null, null, null, null, null, null, null, null, null, null, null, false,
                OrdenBusqueda.RELEVANCIA, 0, 20);
    }

    private static double[] medir(Callable<?> consulta) throws Exception {
        for (int i = 0; i < CALENTAMIENTO; i++) {
            consulta.call();
        }
        double[] ms = new double[MEDICIONES];
        for (int i = 0; i < MEDICIONES; i++) {
            long t = System.nanoTime();
            consulta.call();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[MEDICIONES / 2], ms[(int) (MEDICIONES * 0.95)]};
    }

    private static String sinAcentos(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /**
     * Personas and petitions by JDBC batches, and their index documents written straight to the index in
     * batches (the same documents the outbox would write; reading a million cases back through JPA would
     * only measure the seeding).
     */
    private void sembrar() throws Exception {
        Random azar = new Random(42);
        OffsetDateTime ahora = OffsetDateTime.now(ZoneOffset.UTC);
        String[] nombres = new String[PERSONAS];
        String[] huellas = new String[PERSONAS];
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO PERSONA_USUARIA (ID, TIPO, NOMBRE, NOMBRE_NORMALIZADO,"
                    + " NSS_CIFRADO, NSS_HASH, DEMO) VALUES (?, 'DERECHOHABIENTE', ?, ?, ?, ?, 1)")) {
                for (int i = 0; i < PERSONAS; i++) {
                    String n = numeroNss(i);
                    if (i % 20 == 0) {
                        nss.add(n);
                    }
                    nombres[i] = NOMBRES[azar.nextInt(NOMBRES.length)] + " " + APELLIDOS[azar.nextInt(APELLIDOS.length)]
                            + " " + APELLIDOS[azar.nextInt(APELLIDOS.length)];
                    huellas[i] = PersonaUsuaria.huellaNss(Nss.de(n), cifrado);
                    p.setLong(1, 10_000_000L + i);
                    p.setString(2, nombres[i]);
                    p.setString(3, nombres[i].toUpperCase(Locale.ROOT));
                    p.setString(4, cifrado.cifrar(n));
                    p.setString(5, huellas[i]);
                    p.addBatch();
                    if (i % 1000 == 999) {
                        p.executeBatch();
                        c.commit();
                    }
                }
                p.executeBatch();
                c.commit();
            }
            List<DocumentoBusqueda> lote = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("INSERT INTO PETICION (ID, FOLIO, PERSONA_USUARIA_ID, TIPO,"
                    + " MEDIO_CAPTACION, AREA_DAC_ID, ESTADO, OOAD_ID, ASUNTO, RESUMEN, FECHA_RECEPCION, FECHA_REGISTRO,"
                    + " FECHA_LIMITE, DEMO) VALUES (?, ?, ?, 'QUEJA', 'CORREO_POSTAL', ?, 'EN_ANALISIS', ?, ?, ?, ?, ?, ?, 1)")) {
                for (int i = 0; i < PETICIONES; i++) {
                    long id = 20_000_000L + i;
                    String folio = Folio.generar(2026, 5_000_000L + i).valor();
                    if (i % 200 == 0) {
                        folios.add(folio);
                    }
                    int persona = azar.nextInt(PERSONAS);
                    long area = 1 + azar.nextInt(6);
                    long ooad = 1 + azar.nextInt(35);
                    OffsetDateTime recepcion = ahora.minusMinutes(azar.nextInt(3 * 365 * 24 * 60));
                    String asunto = "Petición sobre " + PALABRAS[azar.nextInt(PALABRAS.length)];
                    StringBuilder resumen = new StringBuilder("La persona solicita");
                    for (int w = 0; w < 25; w++) {
                        resumen.append(' ').append(PALABRAS[azar.nextInt(PALABRAS.length)]);
                    }
                    p.setLong(1, id);
                    p.setString(2, folio);
                    p.setLong(3, 10_000_000L + persona);
                    p.setLong(4, area);
                    p.setLong(5, ooad);
                    p.setString(6, asunto);
                    p.setString(7, resumen.toString());
                    p.setObject(8, recepcion);
                    p.setObject(9, recepcion);
                    p.setObject(10, recepcion.toLocalDate().plusDays(14));
                    p.addBatch();
                    LocalDate dia = recepcion.toLocalDate();
                    lote.add(new DocumentoBusqueda(id, folio, huellas[persona], null, nombres[persona], dia, null,
                            "EN_ANALISIS", "QUEJA", "CORREO_POSTAL", ooad, "OOAD " + ooad, null, null, Set.of(), area,
                            Set.of(area), asunto + "\n" + resumen, "PUBLICO", Set.of()));
                    if (i % 1000 == 999) {
                        p.executeBatch();
                        c.commit();
                    }
                    if (lote.size() == 10_000) {
                        indice.indexar(lote);
                        lote.clear();
                    }
                }
                p.executeBatch();
                c.commit();
                indice.indexar(lote);
            }
        }
        assertEquals(PERSONAS / 20, nss.size());
    }

    private static String numeroNss(int i) throws Exception {
        String cuerpo = String.format("%010d", 1_000_000_000L + i);
        return cuerpo + LuhnCheckDigit.LUHN_CHECK_DIGIT.calculate(cuerpo);
    }
}
