package mx.gob.imss.siade.auditoria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The seal of the audit log and the bitácora: what it covers, how rows chain, and what the database keeps. */
class CadenaHashTest {

    private static final OffsetDateTime CUANDO = OffsetDateTime.of(2026, 3, 2, 10, 15, 30, 123_000_000, ZoneOffset.UTC);

    @Test
    @DisplayName("Cada campo entra en el sello; los largos lo hacen inequívoco; un campo vacío no es un texto vacío")
    void cadaCampoCuenta() {
        String base = Huella.de(Huella.INICIAL, CUANDO, "juridico", "JURIDICO", AccionAuditada.BUSQUEDA, "2026-0000001-4",
                null, "texto: pensión");
        assertEquals(64, base.length());
        assertEquals(base, Huella.de(Huella.INICIAL, CUANDO, "juridico", "JURIDICO", AccionAuditada.BUSQUEDA,
                "2026-0000001-4", null, "texto: pensión"), "el mismo registro da el mismo sello");
        assertNotEquals(base, Huella.de(Huella.INICIAL, CUANDO.plusNanos(1_000_000), "juridico", "JURIDICO",
                AccionAuditada.BUSQUEDA, "2026-0000001-4", null, "texto: pensión"), "la fecha");
        assertNotEquals(base, Huella.de(Huella.INICIAL, CUANDO, "juridico", "JURIDICO", AccionAuditada.BUSQUEDA,
                "2026-0000001-4", null, "texto: pension"), "una letra del detalle");
        assertNotEquals(base, Huella.de("1".repeat(64), CUANDO, "juridico", "JURIDICO", AccionAuditada.BUSQUEDA,
                "2026-0000001-4", null, "texto: pensión"), "el eslabón anterior");
        assertNotEquals(Huella.de(Huella.INICIAL, "ab", "c"), Huella.de(Huella.INICIAL, "a", "bc"), "campos corridos");
        assertNotEquals(Huella.de(Huella.INICIAL, (Object) null), Huella.de(Huella.INICIAL, ""), "nulo no es vacío");
    }

    @Test
    @DisplayName("Cada registro lleva el sello del anterior y su propio sello se recalcula de sus campos")
    void registrosEncadenados() {
        RegistroAuditoria primero = new RegistroAuditoria(CUANDO, "titular.dac", "TITULAR_DAC",
                AccionAuditada.LECTURA_CASO, "2026-0000001-4", null, null, Huella.INICIAL);
        RegistroAuditoria segundo = new RegistroAuditoria(CUANDO.plusSeconds(1), "juridico", "JURIDICO",
                AccionAuditada.LECTURA_DOCUMENTO, "2026-0000001-4", 1000L, "escrito.pdf", primero.getHash());
        assertEquals(primero.getHash(), segundo.getHashAnterior());
        assertEquals(segundo.getHash(), segundo.huella());
        assertNotEquals(segundo.getHash(), new RegistroAuditoria(CUANDO.plusSeconds(1), "juridico", "JURIDICO",
                AccionAuditada.LECTURA_DOCUMENTO, "2026-0000001-4", 1001L, "escrito.pdf", primero.getHash()).getHash());
    }

    @Test
    @DisplayName("El instante se sella al milisegundo: lo que la base guarda (microsegundos, redondeando) verifica igual")
    void instanteAlMilisegundo() {
        // 10:15:30.999999600: a database keeping microseconds rounds it up to 10:15:31.000000.
        OffsetDateTime fino = OffsetDateTime.of(2026, 3, 2, 10, 15, 30, 999_999_600, ZoneOffset.UTC);
        RegistroAuditoria r = new RegistroAuditoria(fino, "admin", "ADMIN", AccionAuditada.LECTURA_CASO, null, null, null,
                Huella.INICIAL);
        assertEquals(0, r.getFecha().getNano() % 1_000_000, "sin fracción menor al milisegundo");
        OffsetDateTime guardado = redondearAMicros(r.getFecha());
        assertEquals(r.getHash(), Huella.de(Huella.INICIAL, guardado, "admin", "ADMIN", AccionAuditada.LECTURA_CASO, null,
                null, null), "el sello verifica con lo que la base devuelve");
    }

    private static OffsetDateTime redondearAMicros(OffsetDateTime t) {
        return t.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
    }
}
