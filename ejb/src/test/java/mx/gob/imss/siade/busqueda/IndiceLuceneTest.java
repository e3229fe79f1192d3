package mx.gob.imss.siade.busqueda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Spanish analysis chain and the queries, on a real Lucene index in a temporary folder. */
class IndiceLuceneTest {

    private IndiceLucene indice;
    private Path carpeta;

    @BeforeEach
    void abrir() throws Exception {
        carpeta = Files.createTempDirectory("indice-prueba");
        System.setProperty("siade.indice.dir", carpeta.toString());
        indice = new IndiceLucene();
        indice.abrir();
        indice.indexar(List.of(
                doc(1, "2026-0000001-4", "María José Núñez Peña", "h-nss-1", "Solicita atención por las peticiones de su niño",
                        "EN_ANALISIS", "QUEJA", 10L, "Jalisco", 7L, LocalDate.of(2026, 3, 2)),
                doc(2, "2026-0000002-2", "Pedro Peña Ruiz", "h-nss-2", "Pago de incapacidad pendiente desde marzo",
                        "CONCLUIDA", "GESTION", 20L, "Nuevo León", 8L, LocalDate.of(2025, 11, 20))));
    }

    @AfterEach
    void cerrar() {
        indice.cerrar();
        System.clearProperty("siade.indice.dir");
    }

    private static DocumentoBusqueda doc(long id, String folio, String nombre, String nss, String texto, String estado,
                                         String tipo, Long ooadId, String ooad, long area, LocalDate recepcion) {
        return new DocumentoBusqueda(id, folio, nss, null, nombre, recepcion, null, estado, tipo, "TELEFONO", ooadId, ooad,
                null, null, Set.of(), area, Set.of(area), texto, "PUBLICO", Set.of());
    }

    private ResultadosIndice buscar(String folio, String nss, String nombre, String texto, Long lector) {
        return indice.buscar(new ConsultaIndice(folio, nss, null, nombre, texto, null, null, null, null, null, null, null,
                null, null, null, null, lector, null, false, OrdenBusqueda.RELEVANCIA, 0, 10));
    }

    private static List<String> folios(ResultadosIndice r) {
        return r.aciertos().stream().map(ResultadosIndice.Acierto::folio).toList();
    }

    @Test
    void acentosPluralesYEnesEnElTexto() {
        assertEquals(List.of("2026-0000001-4"), folios(buscar(null, null, null, "atencion", null)));
        assertEquals(List.of("2026-0000001-4"), folios(buscar(null, null, null, "petición", null)), "plural y acento");
        assertEquals(List.of("2026-0000001-4"), folios(buscar(null, null, null, "niños", null)), "ñ y plural");
        assertEquals(List.of(), folios(buscar(null, null, null, "atención incapacidad", null)), "todas las palabras");
    }

    @Test
    void nombresSinAcentoEnCualquierOrdenYParciales() {
        assertEquals(List.of("2026-0000001-4"), folios(buscar(null, null, "nunez maria", null, null)));
        assertEquals(List.of("2026-0000001-4"), folios(buscar(null, null, "Núñ", null, null)), "parcial");
        assertEquals(2, buscar(null, null, "pena", null, null).total(), "Peña = Pena");
    }

    @Test
    void folioHuellaYVisibilidadPorArea() {
        assertEquals(List.of("2026-0000002-2"), folios(buscar("2026-0000002-2", null, null, null, null)));
        assertEquals(List.of("2026-0000001-4"), folios(buscar(null, "h-nss-1", null, null, null)));
        assertEquals(List.of("2026-0000002-2"), folios(buscar(null, null, "pena", null, 8L)), "sólo lo que su área lee");
        ResultadosIndice todos = buscar(null, null, null, null, 7L);
        assertEquals(1, todos.total());
        assertEquals(java.util.Map.of("EN_ANALISIS", 1L), todos.facetas().get("estado"), "las facetas tampoco cuentan lo ajeno");
    }

    @Test
    void facetasYReindexar() {
        ResultadosIndice r = buscar(null, null, null, null, null);
        assertEquals(java.util.Map.of("2026", 1L, "2025", 1L), r.facetas().get("anio"));
        assertTrue(r.facetas().get("ooad").containsKey("O:20"), r.facetas().toString());
        indice.indexar(List.of(doc(2, "2026-0000002-2", "Pedro Peña Ruiz", "h-nss-2", "Otro texto", "CONCLUIDA", "GESTION",
                20L, "Nuevo León", 8L, LocalDate.of(2025, 11, 20))));
        assertEquals(2, indice.documentos(), "el mismo caso otra vez reemplaza su documento");
        assertEquals(List.of(), folios(buscar(null, null, null, "incapacidad", null)));
    }
}
