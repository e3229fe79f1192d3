package mx.gob.imss.siade.seguridad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IntentoAccesoTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 30, 9, 0, 0, 0, ZoneOffset.ofHours(-6));

    @Test
    @DisplayName("Los dos primeros fallos no hacen esperar; desde el tercero la espera se duplica hasta un minuto")
    void esperasCrecientes() {
        IntentoAcceso i = new IntentoAcceso("U:jefe", T0);
        i.registrarFallo(T0, 3, 10);
        i.registrarFallo(T0, 3, 10);
        assertEquals(Optional.empty(), i.esperaRestante(T0));
        i.registrarFallo(T0, 3, 10);
        assertEquals(Optional.of(Duration.ofSeconds(5)), i.esperaRestante(T0));
        assertEquals(Optional.empty(), i.esperaRestante(T0.plusSeconds(5)));
        OffsetDateTime t = T0.plusSeconds(5);
        i.registrarFallo(t, 3, 10);
        assertEquals(Optional.of(Duration.ofSeconds(10)), i.esperaRestante(t));
        i.registrarFallo(t, 3, 10);
        assertEquals(Optional.of(Duration.ofSeconds(20)), i.esperaRestante(t));
        i.registrarFallo(t, 3, 10);
        i.registrarFallo(t, 3, 10);
        assertEquals(Optional.of(Duration.ofSeconds(60)), i.esperaRestante(t), "nunca más de un minuto");
    }

    @Test
    @DisplayName("Al décimo fallo la clave queda bloqueada 15 minutos, una sola vez")
    void bloqueo() {
        IntentoAcceso i = new IntentoAcceso("U:jefe", T0);
        for (int n = 1; n < 10; n++) {
            assertFalse(i.registrarFallo(T0.plusSeconds(n), 3, 10));
        }
        assertTrue(i.registrarFallo(T0.plusSeconds(10), 3, 10), "el décimo bloquea");
        assertTrue(i.bloqueadoEn(T0.plusMinutes(14)));
        assertEquals(Optional.of(Duration.ofMinutes(15)), i.esperaRestante(T0.plusSeconds(10)));
        assertFalse(i.registrarFallo(T0.plusSeconds(11), 3, 10), "ya estaba bloqueada: no es un bloqueo nuevo");
        assertFalse(i.bloqueadoEn(T0.plusSeconds(11).plusMinutes(15)));
    }

    @Test
    @DisplayName("Los fallos viejos (más de 15 minutos) se olvidan")
    void ventana() {
        IntentoAcceso i = new IntentoAcceso("D:10.0.0.1", T0);
        i.registrarFallo(T0, 3, 10);
        i.registrarFallo(T0, 3, 10);
        i.registrarFallo(T0.plusMinutes(16), 3, 10);
        assertEquals(1, i.getFallos());
        assertEquals(Optional.empty(), i.esperaRestante(T0.plusMinutes(16)));
    }

    @Test
    @DisplayName("La clave de cuenta no distingue mayúsculas ni espacios")
    void claves() {
        assertEquals("U:jefe", IntentoAcceso.deCuenta(" JEFE "));
        assertEquals("D:127.0.0.1", IntentoAcceso.deDireccion("127.0.0.1"));
    }
}
