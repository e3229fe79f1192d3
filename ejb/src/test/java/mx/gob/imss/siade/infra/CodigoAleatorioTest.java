package mx.gob.imss.siade.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CodigoAleatorioTest {

    @Test
    @DisplayName("Códigos del alfabeto de Crockford, del largo pedido y distintos entre sí")
    void generar() {
        Set<String> vistos = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String c = CodigoAleatorio.generar(12);
            assertTrue(c.matches("[0-9A-HJKMNP-TV-Z]{12}"), c);
            vistos.add(c);
        }
        assertEquals(1000, vistos.size());
    }

    @Test
    @DisplayName("Se leen como se dictan: sin importar mayúsculas, espacios ni guiones; O es 0, I y L son 1")
    void normalizarYAgrupar() {
        assertEquals("AB01CD11EF00", CodigoAleatorio.normalizar("ab0i-cd1l EF-oO"));
        assertEquals("ABCD-EFGH-JKMN", CodigoAleatorio.agrupar("ABCDEFGHJKMN"));
        assertEquals("ABCD-EFGH-JKMN-PQRS", CodigoAleatorio.agrupar("ABCDEFGHJKMNPQRS"));
        assertEquals("", CodigoAleatorio.normalizar(null));
    }
}
