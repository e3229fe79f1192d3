package mx.gob.imss.siade.personas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EnmascaradorTest {

    private final DatosPersonales datos = new DatosPersonales(Nss.de("12345678903"), Curp.de("LOMA900215MJCPRN00"),
            null, "5512345678", "Ana.Lopez@Example.com", "Calle Roble 12 & Pino, Colonia Centro");

    @Test
    void ocultaCadaDatoDondeAparezca() {
        String texto = "Domicilio: calle roble 12 &amp; pino,  Colonia Centro. NSS 12345678903, CURP loma900215mjcprn00,"
                + " tel. 5512345678, correo ana.lopez@example.com.";
        String oculto = Enmascarador.de(datos).aplicar(texto);
        for (String dato : new String[] {"Roble", "roble", "12345678903", "LOMA900215", "loma900215", "5512345678", "ana.lopez"}) {
            assertFalse(oculto.contains(dato), () -> dato + " en " + oculto);
        }
        assertTrue(oculto.startsWith("Domicilio: ••••••. NSS "), oculto);
        assertTrue(oculto.contains(datos.nss().enmascarado()), oculto);
    }

    @Test
    void sinDatosNoCambiaNada() {
        assertEquals("texto", Enmascarador.NINGUNO.aplicar("texto"));
        assertEquals("texto 5512345678", Enmascarador.de(DatosPersonales.vacios()).aplicar("texto 5512345678"));
        assertFalse(Enmascarador.de(DatosPersonales.vacios()).oculta());
    }
}
