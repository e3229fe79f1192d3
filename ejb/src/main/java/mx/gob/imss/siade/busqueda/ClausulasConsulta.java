package mx.gob.imss.siade.busqueda;

import java.time.LocalDate;
import org.apache.lucene.analysis.Analyzer;

/**
 * The clauses of a search, the same for every index: {@link #recorrer} walks the criteria once (which are
 * exact filters, which are ranges, which words are analysed how, which visibility filters apply) and each
 * index says how it writes each kind of clause. A criterion added here reaches both engines.
 */
interface ClausulasConsulta {

    /** A required exact value (filter, no score). */
    void exacto(String campo, String valor);

    /** A required range of epoch days, either end open (null). */
    void rango(String campo, Long desde, Long hasta);

    /** A required word start (names: partial). */
    void prefijo(String campo, String termino);

    /** A required word (scored). */
    void termino(String campo, String termino);

    /** No criterion given: every document. */
    void todos();

    /** Only the cases this área reads (filter). */
    void leidoPor(String area);

    /** No reservado case this user is not named on (filter). */
    void reservadosDe(String usuario);

    /** No restringido case. */
    void sinRestringidos();

    /** Walks the criteria of {@code c} into {@code q}, analysing names and text with {@code analizador}. */
    static void recorrer(ConsultaIndice c, Analyzer analizador, ClausulasConsulta q) {
        boolean alguno = exacto(q, "folio", c.folio());
        alguno |= exacto(q, "nss", c.huellaNss());
        alguno |= exacto(q, "curp", c.huellaCurp());
        alguno |= exacto(q, "estado", c.estado());
        alguno |= exacto(q, "tipo", c.tipo());
        alguno |= exacto(q, "medio", c.medio());
        alguno |= exacto(q, "ooad", texto(c.ooadId()));
        alguno |= exacto(q, "umae", texto(c.umaeId()));
        alguno |= exacto(q, "instancia", texto(c.instanciaId()));
        alguno |= exacto(q, "area", texto(c.areaDacId()));
        alguno |= rango(q, "recepcion", c.recepcionDesde(), c.recepcionHasta());
        alguno |= rango(q, "conclusion", c.conclusionDesde(), c.conclusionHasta());
        if (c.nombre() != null && !c.nombre().isBlank()) {
            // Each word of the name, in any order, as the start of a word of the name (partial: «Nuñ» finds Núñez).
            for (String palabra : IndiceLucene.terminos(analizador, AnalisisEspanol.NOMBRE, c.nombre())) {
                q.prefijo(AnalisisEspanol.NOMBRE, palabra);
                alguno = true;
            }
        }
        if (c.texto() != null && !c.texto().isBlank()) {
            for (String palabra : IndiceLucene.terminos(analizador, AnalisisEspanol.TEXTO, c.texto())) {
                q.termino(AnalisisEspanol.TEXTO, palabra);
                alguno = true;
            }
        }
        if (!alguno) {
            q.todos();
        }
        if (c.areaLector() != null) {
            q.leidoPor(String.valueOf(c.areaLector()));
        }
        if (c.usuarioLector() != null) {
            q.reservadosDe(String.valueOf(c.usuarioLector()));
        }
        if (c.sinRestringidos()) {
            q.sinRestringidos();
        }
    }

    private static String texto(Long id) {
        return id == null ? null : String.valueOf(id);
    }

    private static boolean exacto(ClausulasConsulta q, String campo, String valor) {
        if (valor == null || valor.isBlank()) {
            return false;
        }
        q.exacto(campo, valor);
        return true;
    }

    private static boolean rango(ClausulasConsulta q, String campo, LocalDate desde, LocalDate hasta) {
        if (desde == null && hasta == null) {
            return false;
        }
        q.rango(campo, desde == null ? null : desde.toEpochDay(), hasta == null ? null : hasta.toEpochDay());
        return true;
    }
}
