package mx.gob.imss.siade.busqueda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of the search index, the same for every implementation: the Spanish analysis chain (accents,
 * ñ, plurals, names partial and in any order), exact folio and fingerprints, visibility by área in results
 * and facet counts, reservado and restringido cases, ordering and paging, replacing a document.
 */
abstract class ContratoIndiceTest {

    protected IndiceBusqueda indice;

    /** A fresh, empty index. */
    protected abstract IndiceBusqueda abrirIndice() throws Exception;

    protected abstract void cerrarIndice() throws Exception;

    @BeforeEach
    void abrir() throws Exception {
        indice = abrirIndice();
        indice.indexar(List.of(
                doc(1, "2026-0000001-4", "María José Núñez Peña", "h-nss-1", "Solicita atención por las peticiones de su niño",
                        "EN_ANALISIS", "QUEJA", 10L, "Jalisco", 7L, LocalDate.of(2026, 3, 2)),
                doc(2, "2026-0000002-2", "Pedro Peña Ruiz", "h-nss-2", "Pago de incapacidad pendiente desde marzo",
                        "CONCLUIDA", "GESTION", 20L, "Nuevo León", 8L, LocalDate.of(2025, 11, 20))));
    }

    @AfterEach
    void cerrar() throws Exception {
        cerrarIndice();
    }

    static DocumentoBusqueda doc(long id, String folio, String nombre, String nss, String texto, String estado,
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

    @Test
    void reservadosRestringidosOrdenYPaginas() {
        indice.indexar(List.of(new DocumentoBusqueda(3, "2026-0000003-0", null, null, "Ana Reservada", LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 2, 1), "CONCLUIDA", "QUEJA", "TELEFONO", 10L, "Jalisco", null, null, Set.of(4L), 7L,
                Set.of(7L), "Caso reservado", "RESERVADO", Set.of(99L)), new DocumentoBusqueda(4, "2026-0000004-8", null,
                null, "Luis Restringido", LocalDate.of(2026, 4, 1), null, "EN_ANALISIS", null, "CORREO_POSTAL", null, null,
                3L, "UMAE 3", Set.of(), 7L, Set.of(7L), "Caso restringido", "RESTRINGIDO", Set.of())));
        ConsultaIndice todos = new ConsultaIndice(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, 5L, false, OrdenBusqueda.RECIENTES, 0, 10);
        assertEquals(3, indice.buscar(todos).total(), "el reservado no aparece a quien no está nombrado");
        assertEquals(List.of("2026-0000004-8", "2026-0000001-4", "2026-0000002-2"), folios(indice.buscar(todos)),
                "recientes primero");
        ConsultaIndice nombrado = new ConsultaIndice(null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, 99L, true, OrdenBusqueda.ANTIGUAS, 0, 10);
        assertEquals(List.of("2026-0000002-2", "2026-0000003-0", "2026-0000001-4"), folios(indice.buscar(nombrado)),
                "nombrado ve el reservado; sin restringidos; antiguos primero");
        ConsultaIndice pagina = new ConsultaIndice(null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, false, OrdenBusqueda.ANTIGUAS, 1, 2);
        ResultadosIndice r = indice.buscar(pagina);
        assertEquals(4, r.total());
        assertEquals(List.of("2026-0000003-0", "2026-0000001-4"), folios(r), "segunda y tercera");
        assertEquals(java.util.Map.of("U:3", 1L, "O:10", 2L, "O:20", 1L), r.facetas().get("ooad"));
        assertEquals(1L, r.facetas().get("tipo").get("SIN_CLASIFICAR"));
        ConsultaIndice porFechas = new ConsultaIndice(null, null, null, null, null, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 31), LocalDate.of(2026, 1, 31), null, null, null, null, null, null, 4L, null, null,
                null, false, OrdenBusqueda.RELEVANCIA, 0, 10);
        assertEquals(List.of("2026-0000003-0"), folios(indice.buscar(porFechas)), "fechas e instancia");
        indice.borrar(3);
        assertEquals(3, indice.documentos());
        indice.vaciar();
        assertEquals(0, indice.documentos());
    }
}
